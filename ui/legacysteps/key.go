package legacysteps

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/problem"
	"paystack-setup/state"
	"paystack-setup/steps"
	"paystack-setup/ui/theme"
)

type keyPhase int

const (
	keyInput    keyPhase = iota // typing or pasting the key
	keyExisting                 // a stored or environment key: keep or replace
	keyVerify                   // GET /balance in flight
	keyStoring                  // keyring write in flight
	keyFallback                 // the keyring failed: retry, environment, plain file
	keyConfirm                  // typing the plain-file confirmation word
	keyDone                     // verified and stored
)

// Key is the secret key step: where to find the key, a masked input with an
// instant format check, verification with Paystack, and storage in the OS
// keyring (or an informed fallback).
type Key struct {
	ctx   *Context
	phase keyPhase
	input textinput.Model
	word  textinput.Model
	spin  spinner.Model

	formatErr error // live format problem of what is typed
	err       error // the last verification or storage failure
	diag      error // the keyring failure that led to the fallback choices
	fallback  int
	cancel    context.CancelFunc
	pending   paystack.SecretKey // verified, not yet stored
	keep      bool               // verifying the existing key, which needs no storing
	storedMsg string
}

// NewKey starts on "keep or replace" when a key is already known.
func NewKey(ctx *Context) *Key {
	in := steadyInput()
	in.EchoMode = textinput.EchoPassword
	in.EchoCharacter = '•'
	in.Placeholder = "sk_test_… / sk_live_…"
	in.CharLimit = 200
	word := steadyInput()
	word.CharLimit = 40
	k := &Key{ctx: ctx, input: in, word: word, spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
	if !ctx.Key.IsZero() {
		k.phase = keyExisting
	}
	return k
}

func (k *Key) ID() string    { return "key" }
func (k *Key) Title() string { return msg.T(msg.StKeyTitle) }
func (k *Key) Busy() bool    { return k.phase == keyVerify || k.phase == keyStoring }

func (k *Key) Init() tea.Cmd {
	switch k.phase {
	case keyInput:
		return k.input.Focus()
	case keyConfirm:
		return k.word.Focus()
	}
	return nil
}

var (
	keyReplace = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", ""))
	// Not ctrl+d, which shells and line-mode terminals take for the end of
	// input (issue #14); the same key as the redesign's flow.
	keyDemoFill = key.NewBinding(key.WithKeys(steps.DemoKeyShortcut), key.WithHelp(steps.DemoKeyShortcut, ""))
)

func (k *Key) Keys() []key.Binding {
	next := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.StKeyVerify)))
	back := theme.Keys.Back
	switch k.phase {
	case keyExisting:
		keep := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.StKeyKeep)))
		rep := keyReplace
		rep.SetHelp("r", msg.T(msg.StKeyReplace))
		if k.ctx.KeyFromEnv {
			return []key.Binding{keep, back}
		}
		return []key.Binding{keep, rep, back}
	case keyVerify, keyStoring:
		return []key.Binding{theme.Keys.Cancel}
	case keyFallback:
		return []key.Binding{theme.Keys.Up, theme.Keys.Down, chooseKey(), back}
	case keyDone:
		return []key.Binding{theme.Keys.Next, back}
	case keyConfirm:
		save := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.StKeySaveToFile)))
		return []key.Binding{save, back}
	}
	ks := []key.Binding{next, back}
	if k.ctx.Demo {
		d := keyDemoFill
		d.SetHelp(steps.DemoKeyShortcut, msg.T(msg.StKeyDemoFill))
		ks = append(ks, d)
	}
	return ks
}

type keyVerifiedMsg struct {
	key paystack.SecretKey
	err error
}

type keyStoredMsg struct{ err error }

type keyFileMsg struct {
	path string
	err  error
}

func (k *Key) Update(m tea.Msg) tea.Cmd {
	switch v := m.(type) {
	case spinner.TickMsg:
		if !k.Busy() {
			return nil
		}
		var cmd tea.Cmd
		k.spin, cmd = k.spin.Update(v)
		return cmd
	case keyVerifiedMsg:
		return k.onVerified(v)
	case keyStoredMsg:
		return k.onStored(v)
	case keyFileMsg:
		return k.onFile(v)
	case tea.KeyPressMsg:
		return k.onKey(v)
	case tea.PasteMsg:
		if k.phase == keyInput {
			return k.updateInput(v)
		}
		if k.phase == keyConfirm {
			var cmd tea.Cmd
			k.word, cmd = k.word.Update(v)
			return cmd
		}
	}
	return nil
}

func (k *Key) onKey(kp tea.KeyPressMsg) tea.Cmd {
	switch k.phase {
	case keyVerify, keyStoring:
		if key.Matches(kp, theme.Keys.Cancel) {
			k.stop()
			k.phase = keyInput
			if k.keep {
				k.phase = keyExisting
			}
			k.err = problem.New(msg.StKeyCanceled)
			return k.Init()
		}
		return nil
	case keyExisting:
		switch {
		case kp.String() == "enter":
			k.keep = true
			return k.verify(k.ctx.Key)
		case key.Matches(kp, keyReplace) && !k.ctx.KeyFromEnv:
			k.phase, k.err = keyInput, nil
			k.input.SetValue("")
			return k.input.Focus()
		case key.Matches(kp, theme.Keys.Back):
			return Back
		}
		return nil
	case keyDone:
		switch {
		case key.Matches(kp, theme.Keys.Next):
			return Next
		case key.Matches(kp, theme.Keys.Back):
			return Back
		}
		return nil
	case keyFallback:
		return k.onFallbackKey(kp)
	case keyConfirm:
		switch kp.String() {
		case "enter":
			if !keystore.ConfirmsPlainFile(k.word.Value()) {
				k.err = problem.New(msg.StKeyWordMismatch)
				return nil
			}
			key := k.pending
			store, profile := k.ctx.Keys, k.ctx.Profile
			return func() tea.Msg {
				path, err := store.SetFile(profile, key)
				return keyFileMsg{path: path, err: err}
			}
		case "esc", "shift+tab":
			k.phase, k.err = keyFallback, nil
			return nil
		}
		var cmd tea.Cmd
		k.word, cmd = k.word.Update(kp)
		return cmd
	}
	// keyInput
	switch {
	case kp.String() == "enter" || kp.String() == "tab":
		key, err := paystack.ParseSecretKey(k.input.Value())
		if err != nil {
			k.formatErr = err
			return nil
		}
		k.keep = false
		return k.verify(key)
	case key.Matches(kp, theme.Keys.Back):
		if !k.ctx.Key.IsZero() {
			k.phase, k.err = keyExisting, nil
			return nil
		}
		return Back
	case k.ctx.Demo && key.Matches(kp, keyDemoFill):
		k.input.SetValue(sandbox.DemoTestKey)
		k.formatErr, k.err = nil, nil
		return nil
	}
	return k.updateInput(kp)
}

func (k *Key) updateInput(m tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	k.input, cmd = k.input.Update(m)
	k.err = nil
	if strings.TrimSpace(k.input.Value()) == "" {
		k.formatErr = nil
	} else {
		_, k.formatErr = paystack.ParseSecretKey(k.input.Value())
	}
	return cmd
}

func (k *Key) context() context.Context {
	if k.ctx.Ctx != nil {
		return k.ctx.Ctx
	}
	return context.Background()
}

func (k *Key) stop() {
	if k.cancel != nil {
		k.cancel()
		k.cancel = nil
	}
}

// verify asks Paystack for the balance: the cheapest call that proves the key
// works from this machine, whatever the key's permissions.
func (k *Key) verify(sk paystack.SecretKey) tea.Cmd {
	if k.ctx.NewClient == nil {
		k.err = problem.New(msg.StKeyNoClient)
		return nil
	}
	k.stop()
	ctx, cancel := context.WithCancel(k.context())
	k.cancel = cancel
	k.phase, k.err, k.formatErr = keyVerify, nil, nil
	client := k.ctx.NewClient(sk)
	return tea.Batch(k.spin.Tick, func() tea.Msg {
		_, err := client.Balance(ctx)
		return keyVerifiedMsg{key: sk, err: err}
	})
}

func (k *Key) onVerified(v keyVerifiedMsg) tea.Cmd {
	if k.phase != keyVerify {
		return nil // cancelled meanwhile
	}
	k.stop()
	if v.err != nil {
		k.err = v.err
		if k.keep {
			k.phase = keyExisting
			return nil
		}
		k.phase = keyInput
		return k.input.Focus()
	}
	k.ctx.State.Mode = string(v.key.Mode())
	if k.keep {
		k.ctx.Key, k.ctx.KeyReadErr = v.key, nil
		k.ctx.State.KeyStorage = storageOf(k.ctx)
		k.phase = keyDone
		k.storedMsg = k.whereStored()
		return nil
	}
	k.pending = v.key
	return k.store()
}

func (k *Key) store() tea.Cmd {
	if k.ctx.Keys == nil {
		k.err = problem.New(msg.StKeyNoStore)
		k.phase = keyInput
		return nil
	}
	ctx, cancel := context.WithCancel(k.context())
	k.cancel = cancel
	k.phase, k.err = keyStoring, nil
	store, profile, sk := k.ctx.Keys, k.ctx.Profile, k.pending
	return tea.Batch(k.spin.Tick, func() tea.Msg {
		return keyStoredMsg{err: store.Set(ctx, profile, sk)}
	})
}

func (k *Key) onStored(v keyStoredMsg) tea.Cmd {
	if k.phase != keyStoring {
		return nil
	}
	k.stop()
	if v.err != nil {
		if keystore.KeyringUnusable(v.err) {
			k.diag, k.phase, k.fallback = v.err, keyFallback, 0
			return nil
		}
		k.err, k.phase = v.err, keyInput
		return k.input.Focus()
	}
	k.accept(keystore.SourceKeyring, state.StorageKeyring)
	// Set removed the plain file; its consent no longer describes the key.
	k.ctx.State.PlainFileConsentAt = time.Time{}
	k.storedMsg = k.whereStored()
	return nil
}

func (k *Key) accept(src keystore.Source, storage state.KeyStorage) {
	k.ctx.Key, k.ctx.KeySource = k.pending, src
	k.ctx.KeyReadErr, k.ctx.KeyUnstored = nil, false
	k.ctx.State.KeyStorage = storage
	k.ctx.State.Mode = string(k.pending.Mode())
	k.input.SetValue("") // nothing of the key stays in a widget longer than needed
	k.phase = keyDone
}

// storageOf records where an existing key lives, for the audit.
func storageOf(ctx *Context) state.KeyStorage {
	switch {
	case ctx.KeyFromEnv || ctx.KeySource == keystore.SourceEnv:
		return state.StorageEnv
	case ctx.KeySource == keystore.SourceFile:
		return state.StorageFile
	}
	return state.StorageKeyring
}

func (k *Key) whereStored() string {
	switch {
	case k.ctx.KeyFromEnv || k.ctx.KeySource == keystore.SourceEnv:
		return msg.T(msg.StKeyFromEnv)
	case k.ctx.KeySource == keystore.SourceFile:
		return msg.T(msg.StKeyStoredFile, k.ctx.Keys.FilePath(k.ctx.Profile))
	}
	if k.ctx.Demo {
		return msg.T(msg.StKeyStoredDemo)
	}
	return msg.T(msg.StKeyStoredKeyring)
}

func (k *Key) onFallbackKey(kp tea.KeyPressMsg) tea.Cmd {
	choices := keystore.Fallbacks()
	switch {
	case key.Matches(kp, theme.Keys.Up):
		k.fallback = (k.fallback + len(choices) - 1) % len(choices)
	case key.Matches(kp, theme.Keys.Down):
		k.fallback = (k.fallback + 1) % len(choices)
	case key.Matches(kp, theme.Keys.Back):
		k.phase = keyInput
		return k.input.Focus()
	case key.Matches(kp, theme.Keys.Next):
		switch choices[k.fallback] {
		case keystore.FallbackRetry:
			return k.store()
		case keystore.FallbackEnv:
			k.accept(keystore.SourceEnv, state.StorageEnv)
			k.ctx.KeyUnstored = true
			k.storedMsg = keystore.EnvInstructions()
		case keystore.FallbackPlainFile:
			k.phase, k.err = keyConfirm, nil
			k.word.SetValue("")
			return k.word.Focus()
		}
	}
	return nil
}

func (k *Key) onFile(v keyFileMsg) tea.Cmd {
	if v.err != nil {
		k.err = v.err
		return nil
	}
	k.accept(keystore.SourceFile, state.StorageFile)
	k.ctx.State.PlainFileConsentAt = time.Now().UTC()
	k.storedMsg = msg.T(msg.StKeyStoredFile, v.path)
	return nil
}

func (k *Key) modeLine(mode paystack.Mode) string {
	th := k.ctx.T()
	if mode == paystack.ModeLive {
		return th.Warn.Render(msg.T(msg.StKeyModeLive))
	}
	return th.Good.Render(msg.T(msg.StKeyModeTest))
}

func (k *Key) View(width, height int) string {
	th := k.ctx.T()
	k.input.SetWidth(max(width-4, 10))
	var b strings.Builder
	errLine := func() {
		if k.err != nil {
			b.WriteString("\n" + th.Bad.Render(para(width, problem.Message(k.err))) + "\n")
		}
	}
	switch k.phase {
	case keyExisting:
		src := msg.T(msg.StKeyExistingStored)
		if k.ctx.KeyFromEnv || k.ctx.KeySource == keystore.SourceEnv {
			src = msg.T(msg.StKeyFromEnv)
		}
		b.WriteString(para(width, src) + "\n\n")
		b.WriteString("  " + th.Code.Render(k.ctx.Key.Masked()) + "  " + k.modeLine(k.ctx.Key.Mode()) + "\n\n")
		if k.ctx.KeyFromEnv {
			b.WriteString(para(width, msg.T(msg.StKeyEnvNotStored)) + "\n")
		} else {
			b.WriteString(para(width, msg.T(msg.StKeyKeepOrReplace)) + "\n")
		}
		errLine()
	case keyVerify:
		b.WriteString(k.spin.View() + " " + msg.T(msg.StKeyVerifying) + "\n")
	case keyStoring:
		b.WriteString(k.spin.View() + " " + msg.T(msg.StKeyStoring) + "\n")
	case keyFallback:
		b.WriteString(th.Bad.Render(para(width, problem.Message(k.diag))) + "\n\n")
		b.WriteString(para(width, msg.T(msg.StKeyFallbackIntro)) + "\n")
		for i, f := range keystore.Fallbacks() {
			line := "  " + f.Label()
			if i == k.fallback {
				line = th.Accent.Render("› " + f.Label())
			}
			b.WriteString(para(width, line) + "\n")
		}
	case keyConfirm:
		b.WriteString(th.Warn.Render(para(width, keystore.PlainFileWarning(k.ctx.Keys.FilePath(k.ctx.Profile)))) + "\n\n")
		b.WriteString(k.word.View() + "\n")
		errLine()
	case keyDone:
		b.WriteString(th.Good.Render(theme.MarkPass+" "+msg.T(msg.StKeyVerified)) + "\n\n")
		b.WriteString("  " + th.Code.Render(k.ctx.Key.Masked()) + "  " + k.modeLine(k.ctx.Key.Mode()) + "\n\n")
		b.WriteString(para(width, k.storedMsg) + "\n\n")
		b.WriteString(th.Muted.Render(msg.T(msg.StPressEnter)))
	default:
		if k.ctx.KeyReadErr != nil {
			b.WriteString(th.Warn.Render(para(width, problem.Message(k.ctx.KeyReadErr))) + "\n\n")
		}
		b.WriteString(para(width, msg.T(msg.StKeyWhere)) + "\n\n")
		if k.ctx.Demo {
			b.WriteString(th.Demo.Render(msg.T(msg.WizDemoLabel)) + " " + para(width-8, msg.T(msg.StKeyDemoHint)) + "\n\n")
		}
		b.WriteString(k.input.View() + "\n")
		switch {
		case k.formatErr != nil:
			b.WriteString(th.Bad.Render(para(width, problem.Message(k.formatErr))) + "\n")
		case strings.TrimSpace(k.input.Value()) != "":
			sk, _ := paystack.ParseSecretKey(k.input.Value())
			b.WriteString(th.Good.Render(theme.MarkPass+" "+msg.T(msg.StKeyFormatOK, sk.Masked())) + "  " + k.modeLine(sk.Mode()) + "\n")
		}
		errLine()
		b.WriteString("\n" + th.Muted.Render(para(width, msg.T(msg.StKeyPrivacy))))
	}
	return b.String()
}
