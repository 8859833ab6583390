package steps

import (
	"context"
	"errors"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/problem"
	"paystack-setup/setup"
)

// Key is step 2 of systeme.io's article: the secret key, checked with
// Paystack and kept in the system keyring (or, when no keyring works, where
// the merchant chooses knowingly). It is shown masked only, ever.
var Key = Step{ID: "key", Title: msg.StKeyTitle, Run: secretKey}

// DemoKeyShortcut fills the demo's public test key. Not ctrl+d: shells and
// line-mode terminals read it as the end of input (issue #14). ctrl+g is
// bound by no text field and reaches a raw-mode program as it is.
const DemoKeyShortcut = "ctrl+g"

// keyFlow is one visit of the key step.
type keyFlow struct {
	ctx context.Context
	s   *setup.Session
	p   Prompter
	// typed is what the key's field holds: kept over a refusal or a cancel,
	// so a pasted key need not be pasted again.
	typed   string
	refused error   // why the typed key was not taken, under the field
	note    []Block // said with the next question: a check stopped, a failure
}

func secretKey(ctx context.Context, s *setup.Session, p Prompter) error {
	f := &keyFlow{ctx: ctx, s: s, p: p}
	if s.KeyFromEnv() {
		return f.fromEnv()
	}
	saved, src := s.Key()
	if readErr := s.KeyReadErr(); readErr != nil {
		// Where the key is asked for, so the merchant knows why it is asked again.
		f.note = []Block{{Kind: Paragraph, Tone: Warn, Text: problem.Text(readErr)}}
	}
	replacing := saved.IsZero()
	for {
		if !replacing {
			keep, err := f.keepOrReplace(saved)
			if err != nil {
				return err
			}
			if keep {
				switch v, err := f.verify(saved); {
				case err != nil && v != refused:
					return err
				case v == verified:
					s.UseKey(saved, src)
					return f.done(saved)
				case v == refused:
					// Paystack no longer takes it: ask for the one it takes.
					f.refused, replacing = err, true
				case v == another:
					replacing = true
				}
				continue
			}
			replacing = true
		}
		err := f.askAndStore()
		if errors.Is(err, ErrBack) && !saved.IsZero() {
			replacing = false // back to "keep or replace"
			f.typed, f.refused, f.note = "", nil, nil
			continue
		}
		if err != nil {
			return err
		}
		k, _ := s.Key()
		return f.done(k)
	}
}

// fromEnv is a key from PAYSTACK_SECRET_KEY: shown, checked, never stored,
// and never replaced here, since the variable would hide any other key on
// every run. When it cannot work the step says how to fix the variable and
// stops.
func (f *keyFlow) fromEnv() error {
	k, _ := f.s.Key()
	fix := msg.New(msg.AccKeyEnvFix)
	if k.IsZero() {
		return &Stop{Why: msg.New(msg.ProblemSentences, problem.Text(f.s.KeyReadErr()), fix)}
	}
	for {
		body := append(f.takeNote(), Say(msg.StKeyFromEnv), keyLine(k), Block{Kind: Paragraph, Tone: Muted, Text: fix})
		if _, err := f.p.Choose(Choice{Glance: true, Style: ActionStyle, Body: body,
			Options: []Option{{Label: msg.New(msg.StKeyVerify)}}}); err != nil {
			return err
		}
		v, err := f.verify(k)
		switch v {
		case verified:
			f.s.UseKey(k, keystore.SourceEnv)
			return f.done(k)
		case refused:
			return &Stop{Why: msg.New(msg.ProblemSentences, problem.Text(err), fix)}
		case another:
			return &Stop{Why: fix}
		case again:
			continue
		}
		return err
	}
}

// keepOrReplace asks what to do with the key saved for this profile.
func (f *keyFlow) keepOrReplace(k paystack.SecretKey) (keep bool, err error) {
	n, err := f.p.Choose(Choice{
		Title:   msg.New(msg.AccKeySaved, k.Masked(), modeWords(k.Mode())),
		Body:    f.takeNote(),
		Options: []Option{{Label: msg.New(msg.AccKeyKeep)}, {Label: msg.New(msg.AccKeyReplace)}},
	})
	return n == 0, err
}

// askAndStore asks for a key until one is checked with Paystack and kept;
// ErrBack from its question.
func (f *keyFlow) askAndStore() error {
	for {
		v, err := f.p.Input(f.keyQuestion())
		if err != nil {
			return err
		}
		f.typed, f.refused = v, nil
		k, perr := paystack.ParseSecretKey(v)
		if perr != nil {
			f.refused = perr // a renderer that did not run Validate
			continue
		}
		switch verdict, err := f.verify(k); verdict {
		case verified:
		case refused:
			f.refused = err
			continue
		case another:
			f.typed = ""
			continue
		case again:
			continue
		default:
			return err
		}
		switch err := storeKey(f.ctx, f.s, f.p, k, msg.New(msg.StKeyFallbackIntro)); {
		case err == nil:
			f.typed = "" // nothing of the key stays in a field longer than needed
			return nil
		case errors.Is(err, ErrBack):
			// "Type another key", or back from the keyring's choices: to the field.
		case errors.Is(err, ErrCanceled):
			f.note = []Block{Note(Muted, msg.StKeyCanceled)}
		default:
			return err
		}
	}
}

// keyQuestion is the masked field with its live format check.
func (f *keyFlow) keyQuestion() Input {
	body := append(f.takeNote(), Say(msg.StKeyWhere), Note(Muted, msg.StKeyPrivacy))
	q := Input{
		Label:       msg.New(msg.AccKeyPrompt),
		Body:        body,
		Value:       f.typed,
		Placeholder: "sk_test_… / sk_live_…",
		Secret:      true,
		CharLimit:   200,
		Validate: func(v string) error {
			_, err := paystack.ParseSecretKey(v)
			return err
		},
		Notes: func(v string) []Block {
			k, err := paystack.ParseSecretKey(v)
			if err != nil {
				return nil
			}
			return []Block{{Kind: Paragraph, Tone: Success, Text: msg.New(msg.StKeyFormatOK, shownKey(k))}}
		},
		Submit:  msg.New(msg.StKeyVerify),
		Refused: f.refused,
	}
	if f.s.Demo() {
		q.Shortcuts = []Shortcut{{Key: DemoKeyShortcut, Label: msg.New(msg.StKeyDemoFill), Value: sandbox.DemoTestKey}}
	}
	return q
}

// verdict is what checking a key with Paystack came to.
type verdict int

const (
	failed   verdict = iota // interrupted, or a question left with back: the error says which
	verified                // Paystack accepted it
	refused                 // Paystack refused this key: another is needed
	another                 // the merchant chose to type another key
	again                   // the check was stopped (esc), or back from "try again": ask again
)

// verify asks Paystack for the balance, the cheapest call that proves the
// key works from this machine. A failure that is not the key's (the network,
// Paystack down) offers to try again or to type another key.
func (f *keyFlow) verify(k paystack.SecretKey) (verdict, error) {
	for {
		err := f.p.Wait(msg.New(msg.AccChecking), func(ctx context.Context) error { return f.s.VerifyKey(ctx, k) })
		switch {
		case err == nil:
			return verified, nil
		case errors.Is(err, ErrInterrupted):
			return failed, err
		case errors.Is(err, ErrCanceled):
			f.note = []Block{Note(Muted, msg.StKeyCanceled)}
			return again, nil
		case paystack.KindOf(err) == paystack.KindInvalidKey:
			return refused, err
		}
		n, cerr := f.p.Choose(Choice{
			Body:    []Block{{Kind: Paragraph, Tone: Error, Text: problem.Text(err)}},
			Options: []Option{{Label: msg.New(msg.AccTryAgain)}, {Label: msg.New(msg.AccKeyOther)}},
		})
		switch {
		case errors.Is(cerr, ErrBack):
			return again, nil
		case cerr != nil:
			return failed, cerr
		case n == 1:
			return another, nil
		}
	}
}

// done shows the key Paystack accepted and where it is kept.
func (f *keyFlow) done(k paystack.SecretKey) error {
	body := []Block{Note(Success, msg.StKeyVerified), keyLine(k)}
	if where := f.keyWhere(); !where.IsZero() {
		body = append(body, Block{Kind: Paragraph, Text: where})
	}
	if k.Mode() == paystack.ModeTest {
		body = append(body, Note(Muted, msg.AccKeyTestNote))
	}
	_, err := f.p.Choose(Choice{Glance: true, Style: ActionStyle, Body: body,
		Options: []Option{{Label: msg.New(msg.WizKeyNext)}}})
	return err
}

// keyWhere says where the key is kept, for the step's last page; zero after
// "this shell only", whose instructions were just told.
func (f *keyFlow) keyWhere() msg.Text {
	_, src := f.s.Key()
	switch {
	case f.s.KeyUnstored():
		return msg.Text{}
	case src == keystore.SourceEnv:
		return msg.New(msg.StKeyFromEnv)
	case src == keystore.SourceFile:
		return msg.New(msg.StKeyStoredFile, f.s.PlainFilePath())
	case f.s.Demo():
		return msg.New(msg.StKeyStoredDemo)
	}
	return msg.New(msg.StKeyStoredKeyring)
}

// takeNote hands the pending note to the question about to be asked.
func (f *keyFlow) takeNote() []Block {
	n := f.note
	f.note = nil
	return n
}

// StoreKey keeps a key the merchant gave: in the system keyring (read back
// to be sure), waited for with a label since an unlock window may appear.
// When no keyring can be used it offers the three ways out, the same for
// the wizard, accessible mode and `paystack-setup key set`: try again after
// fixing the keyring, use the key for this shell only (with how to export
// PAYSTACK_SECRET_KEY), or a plain file, only after the confirmation word is
// typed, the consent being recorded. Another failure offers to try again or
// to type another key.
//
// It returns nil once the key is kept (the session says where: Key,
// KeyUnstored), ErrBack for "type another key" or back from its first
// question, ErrCanceled when the keyring wait was stopped (esc), and
// ErrInterrupted.
func StoreKey(ctx context.Context, s *setup.Session, p Prompter, k paystack.SecretKey) error {
	return storeKey(ctx, s, p, k, msg.New(msg.KeystoreChoiceHeader))
}

// storeKey is StoreKey with the words over the keyring's ways out: the key
// step has just heard Paystack accept the key, and says so, since only
// where to keep it is left to decide.
func storeKey(ctx context.Context, s *setup.Session, p Prompter, k paystack.SecretKey, header msg.Text) error {
	for {
		err := p.Wait(msg.New(msg.StKeyStoring), func(ctx context.Context) error { return s.StoreKey(ctx, k) })
		switch {
		case err == nil:
			return nil
		case errors.Is(err, ErrInterrupted), errors.Is(err, ErrCanceled):
			return err
		case keystore.KeyringUnusable(err):
			err = fallBack(s, p, k, err, header)
			if errors.Is(err, errRetry) {
				continue
			}
			return err
		}
		n, cerr := p.Choose(Choice{
			Body:    []Block{{Kind: Paragraph, Tone: Error, Text: problem.Text(err)}},
			Options: []Option{{Label: msg.New(msg.AccTryAgain)}, {Label: msg.New(msg.AccKeyOther)}},
		})
		if cerr != nil {
			return cerr
		}
		if n == 1 {
			return ErrBack
		}
	}
}

// errRetry is fallBack's "try the keyring again".
var errRetry = errors.New("steps: try the keyring again")

// fallBack offers the ways out when no keyring works; diag says why it
// does not and how to fix it.
func fallBack(s *setup.Session, p Prompter, k paystack.SecretKey, diag error, header msg.Text) error {
	choices := keystore.Fallbacks()
	options := make([]Option, len(choices))
	for i, c := range choices {
		options[i] = Option{Label: msg.New(fallbackLabel[c])}
	}
	for {
		n, err := p.Choose(Choice{
			Body:    []Block{{Kind: Paragraph, Tone: Error, Text: problem.Text(diag)}},
			Title:   header,
			Options: options,
		})
		if err != nil {
			return err
		}
		switch choices[n] {
		case keystore.FallbackRetry:
			return errRetry
		case keystore.FallbackEnv:
			s.KeepKeyForThisShell(k)
			p.Tell(Say(msg.KeystoreEnvInstructions, keystore.EnvCommand()))
			return nil
		case keystore.FallbackPlainFile:
			err := plainFile(s, p, k)
			if errors.Is(err, ErrBack) {
				continue
			}
			var d *keystore.Diagnosis
			if errors.As(err, &d) {
				// The file could not be written: the choices again, under why.
				diag = err
				continue
			}
			return err
		}
	}
}

var fallbackLabel = map[keystore.Fallback]msg.ID{
	keystore.FallbackRetry:     msg.KeystoreChoiceRetry,
	keystore.FallbackEnv:       msg.KeystoreChoiceEnv,
	keystore.FallbackPlainFile: msg.KeystoreChoicePlainFile,
}

// plainFile warns what an unencrypted file means and writes the key only
// once the confirmation word is typed; ErrBack goes to the choices again.
func plainFile(s *setup.Session, p Prompter, k paystack.SecretKey) error {
	var refusal error
	for {
		word, err := p.Input(Input{
			Body: []Block{{Kind: Paragraph, Tone: Warn,
				Text: msg.New(msg.KeystorePlainFileWarning, s.PlainFilePath(), msg.New(msg.KeystoreConfirmWord))}},
			Label:     msg.New(msg.KeystoreConfirmPrompt),
			CharLimit: 40,
			Submit:    msg.New(msg.StKeySaveToFile),
			Refused:   refusal,
		})
		if err != nil {
			return err
		}
		if _, err := s.StoreKeyInFile(k, word); errors.Is(err, setup.ErrNotConfirmed) {
			refusal = err
			continue
		} else if err != nil {
			return err
		}
		return nil
	}
}

// keyLine is a key as it is ever shown, masked, with its mode.
func keyLine(k paystack.SecretKey) Block {
	tone := Accent
	if k.Mode() == paystack.ModeLive {
		tone = Warn // real money
	}
	return Block{Kind: Value, Tone: tone, Text: shownKey(k)}
}

func shownKey(k paystack.SecretKey) msg.Text {
	mode := msg.New(msg.StKeyModeTest)
	if k.Mode() == paystack.ModeLive {
		mode = msg.New(msg.StKeyModeLive)
	}
	return msg.New(msg.StKeyShown, k.Masked(), mode)
}

// modeWords is a key's mode inside a sentence ("… (test mode).").
func modeWords(m paystack.Mode) msg.Text {
	if m == paystack.ModeLive {
		return msg.New(msg.KeystoreModeLive)
	}
	return msg.New(msg.KeystoreModeTest)
}
