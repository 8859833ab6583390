package legacysteps

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
	"paystack-setup/state"
	"paystack-setup/ui/list"
	"paystack-setup/ui/theme"
)

// subPhase is the screen the subaccount step shows.
type subPhase int

const (
	subChoose    subPhase = iota // use an existing subaccount or create one
	subPick                      // the long list of existing subaccounts
	subBank                      // create: which bank
	subForm                      // create: account number, business name, share, email
	subConfirm                   // create: summary before anything is sent
	subCreating                  // create: waiting for Paystack
	subDuplicate                 // create: the same bank account already has a subaccount
	subFailed                    // create: an error with retry
	subVerifyZA                  // create: optional South African account check with an ID number
	subWarn                      // pick: the chosen subaccount is inactive or in another currency
)

// Subaccount is step 3: pick or create the bank subaccount systeme.io pays into.
type Subaccount struct {
	ctx       *Context
	client    *paystack.Client
	clientKey paystack.SecretKey // the key client was made for
	phase     subPhase
	choice    int
	restored  bool // the create form's answers came back from a quit; said on the first screen
	spin      spinner.Model
	keys      subKeys
	width     int
	subList   *list.Model

	// Loading the subaccounts: gen tells apart the answers of a load that was
	// cancelled or restarted, so a late page never lands in a fresh list.
	gen        int
	cancel     context.CancelFunc
	pages      <-chan tea.Msg
	subLoading bool
	subLoaded  bool // every page arrived
	subStopped bool // the user pressed esc while loading
	subCut     bool // a pick ended the load: coming back reloads, as nobody pressed esc
	subErr     error

	// pending is a picked subaccount that waits for "use it anyway".
	pending *paystack.Subaccount

	create createForm
}

type subKeys struct {
	Up, Down, Choose, Back, Retry, Cancel, Next, Create, Verify key.Binding
}

func newSubKeys() subKeys {
	return subKeys{
		Up:     key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", msg.T(msg.ListKeyUp))),
		Down:   key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", msg.T(msg.ListKeyDown))),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.SubAcctKeyChoose))),
		Back:   key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", msg.T(msg.SubAcctKeyBack))),
		Retry:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", msg.T(msg.SubAcctKeyRetry))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", msg.T(msg.SubAcctKeyCancel))),
		Next:   key.NewBinding(key.WithKeys("tab", "enter"), key.WithHelp("tab", msg.T(msg.SubAcctKeyNext))),
		Create: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.SubAcctKeyCreate))),
		Verify: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", msg.T(msg.SubAcctKeyVerify))),
	}
}

// NewSubaccount builds the step; nothing is loaded until the user asks for it.
func NewSubaccount(ctx *Context) *Subaccount {
	s := &Subaccount{ctx: ctx, spin: spinner.New(spinner.WithSpinner(spinner.Dot)), keys: newSubKeys()}
	s.subList = list.New([]string{
		msg.T(msg.SubAcctColBusiness), msg.T(msg.SubAcctColBank), msg.T(msg.SubAcctColAccount),
		msg.T(msg.SubAcctColCurrency), msg.T(msg.SubAcctColVerified), msg.T(msg.SubAcctColActive),
	}, list.DefaultKeyMap())
	s.subList.ID = "subaccounts"
	s.subList.SetEmptyText(msg.T(msg.SubAcctNoneYet))
	s.create = newCreateForm()
	s.restoreDraft(ctx.State.TakeDraft("subaccount"))
	return s
}

// Draft keeps the create form's answers over a quit: the bank, business name,
// share and email. Not the account number: the saved answers keep account
// numbers masked, so it is the one field typed again.
func (s *Subaccount) Draft() map[string]string {
	switch s.phase {
	case subBank, subForm, subConfirm, subVerifyZA, subCreating, subFailed:
	default:
		return nil
	}
	f := &s.create
	d := map[string]string{
		"business": f.inputs[fieldBusiness].Value(),
		"email":    f.inputs[fieldEmail].Value(),
	}
	if p := f.inputs[fieldPercent].Value(); p != "0" {
		d["percent"] = p
	}
	if d["business"] == "" && d["email"] == "" && d["percent"] == "" {
		return nil // a bank alone is quickly found again
	}
	if f.bank != nil {
		d["bank"] = f.bank.Code
	}
	return d
}

func (s *Subaccount) restoreDraft(d map[string]string) {
	if d == nil {
		return
	}
	f := &s.create
	f.inputs[fieldBusiness].SetValue(d["business"])
	f.inputs[fieldEmail].SetValue(d["email"])
	if p := d["percent"]; p != "" {
		f.inputs[fieldPercent].SetValue(p)
	}
	f.draftBank = d["bank"]
	s.choice = len(s.choices()) - 1 // "Create a new subaccount"
	s.restored = true
}

func (s *Subaccount) ID() string    { return "subaccount" }
func (s *Subaccount) Title() string { return msg.T(msg.SubAcctTitle) }

// Init keeps whatever screen the user left, so back navigation loses nothing;
// only a different key (changed in the key step) starts over, because the
// subaccounts listed belong to the old key's integration.
func (s *Subaccount) Init() tea.Cmd {
	if s.client != nil && s.clientKey != s.ctx.Key {
		s.stopLoad()
		s.client, s.subLoaded, s.subStopped, s.subCut, s.subErr = nil, false, false, false, nil
		s.subList.Reset()
		s.phase, s.choice = subChoose, 0
	}
	switch s.phase {
	case subPick:
		if s.subCut {
			return s.startLoad()
		}
	case subForm:
		return s.create.focusInput()
	case subVerifyZA:
		return s.create.idInput.Focus()
	}
	return nil
}

func (s *Subaccount) Busy() bool {
	return s.subLoading || s.create.banksLoading || s.create.resolving || s.create.verifying || s.phase == subCreating
}

// api is made on first use, because the key step may have replaced the key since NewSubaccount.
func (s *Subaccount) api() *paystack.Client {
	if s.client == nil && s.ctx.NewClient != nil && !s.ctx.Key.IsZero() {
		s.client, s.clientKey = s.ctx.NewClient(s.ctx.Key), s.ctx.Key
	}
	return s.client
}

func (s *Subaccount) context() context.Context {
	if s.ctx.Ctx != nil {
		return s.ctx.Ctx
	}
	return context.Background()
}

func (s *Subaccount) choices() []string {
	out := []string{}
	if cur := s.ctx.State.Subaccount; cur != nil {
		out = append(out, msg.T(msg.SubAcctCurrent, cur.BusinessName, cur.Code))
	}
	return append(out, msg.T(msg.SubAcctChooseExisting), msg.T(msg.SubAcctChooseCreate))
}

func (s *Subaccount) Update(m tea.Msg) tea.Cmd {
	switch m := m.(type) {
	case spinner.TickMsg:
		if !s.Busy() {
			return nil
		}
		var cmd tea.Cmd
		s.spin, cmd = s.spin.Update(m)
		return cmd
	case subPageMsg:
		return s.onPage(m)
	case subDoneMsg:
		return s.onLoadDone(m)
	case list.SelectedMsg:
		return s.onSelected(m)
	}
	if cmd, handled := s.create.handleResult(s, m); handled {
		return cmd
	}
	kp, ok := m.(tea.KeyPressMsg)
	if !ok {
		// Pastes and cursor messages belong to the field being typed in.
		var cmd tea.Cmd
		switch s.phase {
		case subForm:
			before := s.create.inputs[fieldAccount].Value()
			s.create.inputs[s.create.focus], cmd = s.create.inputs[s.create.focus].Update(m)
			s.create.forgetOldAccount(before)
		case subVerifyZA:
			s.create.idInput, cmd = s.create.idInput.Update(m)
		}
		if cmd != nil {
			return cmd
		}
		return nil
	}
	switch s.phase {
	case subChoose:
		cmd := s.updateChoose(kp)
		if s.phase != subChoose {
			s.restored = false // said once; the form itself now shows the answers
		}
		return cmd
	case subPick:
		return s.updatePick(kp)
	case subWarn:
		return s.updateWarn(kp)
	default:
		return s.create.update(s, kp)
	}
}

func (s *Subaccount) updateChoose(kp tea.KeyPressMsg) tea.Cmd {
	n := len(s.choices())
	switch {
	case key.Matches(kp, s.keys.Up):
		s.choice = (s.choice + n - 1) % n
	case key.Matches(kp, s.keys.Down), kp.String() == "tab":
		s.choice = (s.choice + 1) % n
	case key.Matches(kp, s.keys.Back):
		return Back
	case key.Matches(kp, s.keys.Choose):
		if s.api() == nil {
			return nil // the view explains that the key comes first
		}
		option := s.choice
		if s.ctx.State.Subaccount == nil {
			option++
		}
		switch option {
		case 0:
			return Next
		case 1:
			s.phase = subPick
			if !s.subLoaded && !s.subLoading {
				return s.startLoad()
			}
		case 2:
			s.phase = subBank
			return s.create.startBanks(s)
		}
	}
	return nil
}

func (s *Subaccount) updatePick(kp tea.KeyPressMsg) tea.Cmd {
	switch {
	case kp.String() == "esc" && s.subList.FilterActive():
		return s.subList.Update(kp)
	case kp.String() == "esc" && s.subLoading:
		s.stopLoad()
		return nil
	case key.Matches(kp, s.keys.Back):
		s.phase = subChoose
		return nil
	case kp.String() == "r" && !s.subLoading && (s.subErr != nil || s.subStopped) && !s.subList.FilterActive():
		return s.startLoad()
	}
	return s.subList.Update(kp)
}

// PickWarnings are what the audit would flag about a picked subaccount for a
// merchant paid in currency, said while another one can still be picked:
// with 10,000 in the list, one in the wrong currency or switched off is easy
// to choose by mistake. Accessible mode asks the same question as the picker.
func PickWarnings(sa paystack.Subaccount, currency string) []string {
	var out []string
	if !sa.Active {
		out = append(out, msg.T(msg.SubAcctWarnInactive, sa.BusinessName))
	}
	if currency != "" && sa.Currency != "" && !strings.EqualFold(sa.Currency, currency) {
		out = append(out, msg.T(msg.SubAcctWarnCurrency, sa.BusinessName, sa.Currency, currency))
	}
	return out
}

func (s *Subaccount) updateWarn(kp tea.KeyPressMsg) tea.Cmd {
	switch {
	case kp.String() == "enter" && s.pending != nil:
		s.cutLoad()
		s.save(*s.pending, "", false)
		s.pending, s.phase = nil, subPick
		return Next
	case key.Matches(kp, s.keys.Back):
		s.pending, s.phase = nil, subPick
	}
	return nil
}

type subPageMsg struct {
	gen  int
	page paystack.SubaccountsPage
}

type subDoneMsg struct {
	gen int
	err error
}

// startLoad streams pages into the list: page 1 makes the list usable at once
// while the client fetches the rest concurrently.
func (s *Subaccount) startLoad() tea.Cmd {
	s.stopLoad()
	s.gen++
	gen := s.gen
	ctx, cancel := context.WithCancel(s.context())
	ch := make(chan tea.Msg)
	s.cancel, s.pages = cancel, ch
	s.subLoading, s.subLoaded, s.subStopped, s.subCut, s.subErr = true, false, false, false, nil
	filter := s.subList.Filter()
	s.subList.Reset()
	s.subList.SetFilter(filter)
	s.subList.SetLoading(true, 0, 0)
	client := s.api()
	go func() {
		defer close(ch)
		_, err := client.AllSubaccounts(ctx, func(p paystack.SubaccountsPage) {
			select {
			case ch <- subPageMsg{gen: gen, page: p}:
			case <-ctx.Done():
			}
		})
		select {
		case ch <- subDoneMsg{gen: gen, err: err}:
		case <-ctx.Done():
		}
	}()
	return tea.Batch(waitForPage(ch), s.spin.Tick)
}

func waitForPage(ch <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		m, ok := <-ch
		if !ok {
			return nil
		}
		return m
	}
}

// stopLoad leaves what has arrived usable; esc while loading must not break the screen.
func (s *Subaccount) stopLoad() {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	if s.subLoading {
		s.subLoading, s.subStopped = false, true
		s.subList.SetLoading(false, s.subList.Len(), 0)
	}
}

// cutLoad ends a load because the step is left with a pick: pages arriving
// while another step is shown would reach that step, not this list.
func (s *Subaccount) cutLoad() {
	if !s.subLoading {
		return
	}
	s.stopLoad()
	s.subStopped, s.subCut = false, true
}

func (s *Subaccount) onPage(m subPageMsg) tea.Cmd {
	if m.gen != s.gen || !s.subLoading {
		return nil
	}
	items := make([]list.Item, len(m.page.Items))
	for i, sa := range m.page.Items {
		items[i] = subaccountItem(sa)
	}
	s.subList.Append(items)
	s.subList.SetLoading(true, s.subList.Len(), m.page.Total)
	return waitForPage(s.pages)
}

func (s *Subaccount) onLoadDone(m subDoneMsg) tea.Cmd {
	if m.gen != s.gen {
		return nil
	}
	s.subLoading = false
	s.cancel = nil
	s.subList.SetLoading(false, s.subList.Len(), 0)
	if m.err != nil {
		s.subErr = m.err
		return nil
	}
	s.subLoaded = true
	return nil
}

func yesNo(b bool) string {
	if b {
		return msg.T(msg.SubAcctYes)
	}
	return msg.T(msg.SubAcctNo)
}

func subaccountItem(sa paystack.Subaccount) list.Item {
	return list.Item{
		Columns: []string{sa.BusinessName, sa.SettlementBank, MaskAccountNumber(sa.AccountNumber), sa.Currency, yesNo(sa.IsVerified), yesNo(sa.Active)},
		Value:   sa,
	}
}

func (s *Subaccount) onSelected(m list.SelectedMsg) tea.Cmd {
	switch m.ListID {
	case "subaccounts":
		sa, ok := m.Item.Value.(paystack.Subaccount)
		if !ok {
			return nil
		}
		if len(PickWarnings(sa, s.ctx.State.Currency)) > 0 {
			s.pending, s.phase = &sa, subWarn
			return nil
		}
		s.cutLoad()
		s.save(sa, "", false)
		return Next
	case "banks":
		return s.create.onBank(s, m.Item)
	}
	return nil
}

// save records the choice; bankCode is known only when we created it (lists name the bank).
func (s *Subaccount) save(sa paystack.Subaccount, bankCode string, createdByUs bool) {
	s.ctx.State.Subaccount = &state.SubaccountRef{
		Code:                sa.Code,
		BusinessName:        sa.BusinessName,
		BankName:            sa.SettlementBank,
		BankCode:            bankCode,
		AccountNumberMasked: MaskAccountNumber(sa.AccountNumber),
		AccountName:         sa.AccountName,
		Currency:            sa.Currency,
		PercentageCharge:    sa.PercentageCharge,
		CreatedByUs:         createdByUs,
	}
}

func (s *Subaccount) Keys() []key.Binding {
	switch s.phase {
	case subChoose:
		return []key.Binding{s.keys.Up, s.keys.Down, s.keys.Choose, s.keys.Back}
	case subWarn:
		use := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.SubAcctKeyUseAnyway)))
		other := s.keys.Back
		other.SetHelp("esc", msg.T(msg.SubAcctKeyPickOther))
		return []key.Binding{use, other}
	case subPick:
		ks := s.subList.Keys.Bindings()
		if s.subList.FilterActive() {
			// esc clears the filter first (updatePick), whatever else it does later.
			clear := s.keys.Back
			clear.SetHelp("esc", msg.T(msg.ListKeyClear))
			return append(ks, clear)
		}
		if s.subLoading {
			return append(ks, s.keys.Cancel)
		}
		if s.subErr != nil || s.subStopped {
			ks = append(ks, s.keys.Retry)
		}
		return append(ks, s.keys.Back)
	}
	return s.create.keys(s)
}

// themedList gives the long list the wizard's look; done per frame because
// the shell swaps the theme once the terminal reports its background.
func themedList(l *list.Model, th *theme.Theme) {
	l.Styles = list.Styles{
		Header: th.Subtitle, Cursor: th.Accent.Reverse(true), Row: th.Text,
		Filter: th.Accent, Status: th.Muted, Empty: th.Warn,
	}
}

func (s *Subaccount) View(width, height int) string {
	s.width = width
	th := s.ctx.T()
	themedList(s.subList, th)
	themedList(s.create.bankList, th)
	var b strings.Builder
	switch s.phase {
	case subChoose:
		b.WriteString(wrap(msg.T(msg.SubAcctIntro), width) + "\n\n")
		if s.api() == nil {
			b.WriteString(th.Warn.Render(wrap(msg.T(msg.SubAcctNoKey), width)))
			return b.String()
		}
		if s.restored {
			b.WriteString(th.Muted.Render(wrap(msg.T(msg.SubAcctDraftRestored), width)) + "\n\n")
		}
		for i, c := range s.choices() {
			if i == s.choice {
				b.WriteString(th.Accent.Render("› "+c) + "\n")
			} else {
				b.WriteString("  " + c + "\n")
			}
		}
	case subPick:
		title := msg.T(msg.SubAcctPickTitle)
		if s.subLoading {
			title = s.spin.View() + " " + title
		}
		b.WriteString(th.Subtitle.Render(title) + "\n")
		extra := 0
		if s.subErr != nil {
			b.WriteString(th.Bad.Render(wrap(problem.Message(s.subErr), width)) + "\n" + th.Muted.Render(msg.T(msg.SubAcctRetryHint)) + "\n")
			extra = 2 + strings.Count(wrap(problem.Message(s.subErr), width), "\n")
		} else if s.subStopped {
			stopped := wrap(msg.T(msg.SubAcctLoadStopped, list.Thousands(s.subList.Len())), width)
			b.WriteString(th.Warn.Render(stopped) + "\n")
			extra = 1 + strings.Count(stopped, "\n")
		}
		s.subList.SetSize(width, max(height-1-extra, 4))
		b.WriteString(s.subList.View())
	case subWarn:
		sa := *s.pending
		b.WriteString(th.Subtitle.Render(wrap(msg.T(msg.SubAcctWarnTitle, sa.BusinessName, sa.Code), width)) + "\n\n")
		for _, w := range PickWarnings(sa, s.ctx.State.Currency) {
			b.WriteString(th.Warn.Render(item(width, theme.MarkWarn+" ", w)) + "\n")
		}
		b.WriteString("\n" + wrap(msg.T(msg.SubAcctWarnAsk), width))
	default:
		b.WriteString(s.create.view(s, width, height))
	}
	return b.String()
}

// wrap breaks long sentences at spaces so that no line is wider than width
// cells; a paragraph's leading spaces indent all of its lines.
func wrap(text string, width int) string {
	if width <= 10 {
		return text
	}
	var out []string
	for _, para := range strings.Split(text, "\n") {
		indent := para[:len(para)-len(strings.TrimLeft(para, " "))]
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = indent + word
			case cellWidth(line)+1+cellWidth(word) > width:
				out = append(out, line)
				line = indent + word
			default:
				line += " " + word
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

var _ Step = (*Subaccount)(nil)
