package accessible

import (
	"errors"
	"strings"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/problem"
	"paystack-setup/state"
	steps "paystack-setup/ui/legacysteps"
)

func (r *runner) welcome() error {
	r.p.Say(msg.T(steps.WelcomeIntro(r.o.Demo)), msg.T(msg.AccWelcomeBack), "",
		msg.T(msg.StWelcomeNeed)+":",
		"- "+msg.T(msg.StWelcomeNeedSysteme),
		"- "+msg.T(msg.StWelcomeNeedPaystack), "")
	def := 0
	options := make([]string, len(steps.Countries))
	for i, c := range steps.Countries {
		options[i] = msg.T(c.Name) + " (" + c.Currency + ")"
		if c.Code == steps.CountryCode(r.st.Country) {
			def = i + 1
		}
	}
	n, err := r.choose(msg.T(msg.StWelcomeCountry), options, def, false)
	if err != nil {
		return err
	}
	c := steps.Countries[n]
	r.st.Country, r.st.Currency = c.Code, c.Currency
	r.p.Say(msg.T(msg.AccCurrencyChosen, msg.T(c.Name), c.Currency), msg.T(msg.StWelcomeCurrencyNote))
	return nil
}

// key asks for the secret key, checks it with Paystack and stores it.
func (r *runner) key() error {
	var saved paystack.SecretKey
	var savedFrom keystore.Source
	if r.o.Keys != nil {
		k, src, err := r.o.Keys.Get(r.ctx, r.o.Profile)
		switch {
		case src == keystore.SourceEnv && err != nil:
			// Anything typed here would be hidden by the variable on every run.
			r.p.Say(err.Error(), msg.T(msg.AccKeyEnvFix))
			return errStop
		case src == keystore.SourceEnv:
			r.p.Say(msg.T(msg.AccKeyFromEnv, k.Masked(), modeText(k.Mode())))
			if err := r.verify(k); err != nil {
				if errors.Is(err, errBack) {
					r.p.Say(msg.T(msg.AccKeyEnvFix))
					return errStop
				}
				return err
			}
			r.useKey(k, src)
			r.st.KeyStorage = state.StorageEnv
			return nil
		case err == nil && !k.IsZero():
			saved, savedFrom = k, src
		}
	}
	for {
		if !saved.IsZero() {
			n, err := r.choose(msg.T(msg.AccKeySaved, saved.Masked(), modeText(saved.Mode())),
				[]string{msg.T(msg.AccKeyKeep), msg.T(msg.AccKeyReplace)}, 1, false)
			if err != nil {
				return err
			}
			if n == 0 {
				err := r.verify(saved)
				if err == nil {
					r.useKey(saved, savedFrom)
					return nil
				}
				if !errors.Is(err, errBack) {
					return err
				}
			}
		}
		err := r.askAndStore()
		if errors.Is(err, errBack) && !saved.IsZero() {
			continue // back to "keep or replace"
		}
		return err
	}
}

// askAndStore asks for a new key until one works and is stored.
func (r *runner) askAndStore() error {
	r.p.Say(msg.T(msg.StKeyWhere))
	for {
		k, err := r.askKey()
		if err != nil {
			return err
		}
		if err := r.verify(k); err != nil {
			if errors.Is(err, errBack) {
				continue
			}
			return err
		}
		r.useKey(k, keystore.SourceKeyring)
		err = r.storeKey(k)
		if errors.Is(err, errBack) {
			continue
		}
		return err
	}
}

// askKey re-asks until the text is shaped like a secret key; each wrong
// shape gets its own explanation and nothing typed is ever shown.
func (r *runner) askKey() (paystack.SecretKey, error) {
	for {
		if err := r.ctx.Err(); err != nil {
			return paystack.SecretKey{}, ErrInterrupted
		}
		if r.o.Demo {
			// The screen has a shortcut for the public demo key; a screen
			// reader user would otherwise have to find it in the README.
			r.p.Say(msg.T(msg.AccDemoKeyHint))
		}
		text, err := r.p.AskSecret(msg.T(msg.AccKeyPrompt))
		if err != nil {
			return paystack.SecretKey{}, err
		}
		if isBack(text) {
			return paystack.SecretKey{}, errBack
		}
		if r.o.Demo && strings.EqualFold(strings.TrimSpace(text), "d") {
			text = sandbox.DemoTestKey
		}
		k, perr := paystack.ParseSecretKey(text)
		if perr == nil {
			return k, nil
		}
		r.p.Say(problem.Message(perr))
	}
}

// verify asks Paystack whether the key works. A refused key sends the person
// back to type another (errBack); other failures offer to try again.
func (r *runner) verify(k paystack.SecretKey) error {
	if r.o.NewClient == nil {
		return nil
	}
	client := r.o.NewClient(k)
	for {
		r.p.Say(msg.T(msg.AccChecking))
		_, err := client.Balance(r.ctx)
		if err == nil {
			r.p.Say(msg.T(msg.AccKeyWorks, k.Masked(), modeText(k.Mode())))
			if k.Mode() == paystack.ModeTest {
				r.p.Say(msg.T(msg.AccKeyTestNote))
			}
			return nil
		}
		if r.ctx.Err() != nil {
			return ErrInterrupted
		}
		r.p.Say(problem.Message(err))
		if paystack.KindOf(err) == paystack.KindInvalidKey {
			return errBack
		}
		n, cerr := r.choose("", []string{msg.T(msg.AccTryAgain), msg.T(msg.AccKeyOther)}, 1, false)
		if cerr != nil {
			return cerr
		}
		if n == 1 {
			return errBack
		}
	}
}

func (r *runner) useKey(k paystack.SecretKey, src keystore.Source) {
	r.sc.Key, r.sc.KeySource, r.sc.KeyFromEnv = k, src, src == keystore.SourceEnv
	r.client = nil
	r.st.Mode = string(k.Mode())
}

// storeKey puts the key in the keyring and, when no keyring works, offers the
// same three ways out as `key set`.
func (r *runner) storeKey(k paystack.SecretKey) error {
	if r.o.Keys == nil {
		return nil
	}
	for {
		err := r.o.Keys.Set(r.ctx, r.o.Profile, k)
		if err == nil {
			r.st.KeyStorage = state.StorageKeyring
			r.st.PlainFileConsentAt = time.Time{}
			if r.o.Demo {
				// The demo's store is in memory: naming the keyring would
				// send a merchant looking for a key that was never saved.
				r.p.Say(msg.T(msg.StKeyStoredDemo))
				return nil
			}
			r.p.Say(msg.T(msg.StKeyStoredKeyring))
			return nil
		}
		if r.ctx.Err() != nil {
			return ErrInterrupted
		}
		r.p.Say(err.Error())
		if !keystore.KeyringUnusable(err) {
			n, cerr := r.choose("", []string{msg.T(msg.AccTryAgain), msg.T(msg.AccKeyOther)}, 1, false)
			if cerr != nil {
				return cerr
			}
			if n == 1 {
				return errBack
			}
			continue
		}
		choices := keystore.Fallbacks()
		labels := make([]string, len(choices))
		for i, c := range choices {
			labels[i] = c.Label()
		}
		n, cerr := r.choose(msg.T(msg.KeystoreChoiceHeader), labels, 0, false)
		if cerr != nil {
			return cerr
		}
		switch choices[n] {
		case keystore.FallbackRetry:
			continue
		case keystore.FallbackEnv:
			r.p.Say(keystore.EnvInstructions())
			r.sc.KeySource, r.sc.KeyUnstored = keystore.SourceEnv, true
			r.st.KeyStorage = state.StorageEnv
			return nil
		case keystore.FallbackPlainFile:
			path := r.o.Keys.FilePath(r.o.Profile)
			r.p.Say(keystore.PlainFileWarning(path))
			answer, aerr := r.ask(msg.T(msg.KeystoreConfirmPrompt))
			if errors.Is(aerr, errBack) {
				continue
			}
			if aerr != nil {
				return aerr
			}
			if !keystore.ConfirmsPlainFile(answer) {
				r.p.Say(msg.T(msg.KeystoreNotStored))
				continue
			}
			written, ferr := r.o.Keys.SetFile(r.o.Profile, k)
			if ferr != nil {
				r.p.Say(ferr.Error())
				continue
			}
			r.sc.KeySource = keystore.SourceFile
			r.st.KeyStorage = state.StorageFile
			r.st.PlainFileConsentAt = time.Now().UTC()
			r.p.Say(msg.T(msg.KeystoreStoredFile, k.Masked(), modeText(k.Mode()), r.o.Profile, written))
			return nil
		}
	}
}
