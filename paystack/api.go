package paystack

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Balance lists the money held, one entry per currency the integration uses.
func (c *Client) Balance(ctx context.Context) ([]Balance, error) {
	var out []Balance
	_, err := c.do(ctx, call{method: http.MethodGet, path: "/balance"}, &out)
	return out, err
}

// ListSubaccounts fetches one page (1-based; perPage is clamped to 1..100).
func (c *Client) ListSubaccounts(ctx context.Context, page, perPage int) ([]Subaccount, PageMeta, error) {
	return c.listSubaccounts(ctx, page, perPage)
}

func (c *Client) listSubaccounts(ctx context.Context, page, perPage int) ([]Subaccount, PageMeta, error) {
	var out []Subaccount
	meta, err := c.do(ctx, call{method: http.MethodGet, path: "/subaccount", query: pageQuery(page, perPage)}, &out)
	return out, meta, err
}

func pageQuery(page, perPage int) url.Values {
	return url.Values{
		"page":    {strconv.Itoa(max(page, 1))},
		"perPage": {strconv.Itoa(min(max(perPage, 1), maxPerPage))},
	}
}

// FetchSubaccount fetches the full object of one subaccount.
func (c *Client) FetchSubaccount(ctx context.Context, code string) (Subaccount, error) {
	var out Subaccount
	_, err := c.do(ctx, call{method: http.MethodGet, path: "/subaccount/" + url.PathEscape(code)}, &out)
	return out, err
}

// CreateSubaccount creates a subaccount. It is never retried: when the answer
// is lost the error is KindOutcomeUnknown, and the caller must look with
// FindSubaccount before trying again, because Paystack would make a duplicate.
//
// The spec names the bank code settlement_bank, and so does this request;
// some current Paystack docs call it bank_code. When Paystack refuses the
// request for want of a bank_code, nothing was created, so the same request
// is sent once more with the code under both names.
func (c *Client) CreateSubaccount(ctx context.Context, req SubaccountRequest) (Subaccount, error) {
	var out Subaccount
	_, err := c.do(ctx, call{method: http.MethodPost, path: "/subaccount", body: req, mutates: true}, &out)
	if KindOf(err) == KindValidation && asksForBankCode(err) {
		withAlias := subaccountRequestWithBankCode{SubaccountRequest: req, BankCode: req.SettlementBank}
		out = Subaccount{}
		_, err = c.do(ctx, call{method: http.MethodPost, path: "/subaccount", body: withAlias, mutates: true}, &out)
	}
	return out, err
}

type subaccountRequestWithBankCode struct {
	SubaccountRequest
	BankCode string `json:"bank_code"`
}

// asksForBankCode reports whether a refusal names the bank_code field.
func asksForBankCode(err error) bool {
	var pe *Error
	if !errors.As(err, &pe) {
		return false
	}
	text := strings.ToLower(pe.Message + " " + pe.Code + " " + pe.NextStep)
	return strings.Contains(text, "bank_code") || strings.Contains(text, "bank code is required")
}

// UpdateSubaccount changes the fields set in upd; never retried.
func (c *Client) UpdateSubaccount(ctx context.Context, code string, upd SubaccountUpdate) (Subaccount, error) {
	var out Subaccount
	_, err := c.do(ctx, call{method: http.MethodPut, path: "/subaccount/" + url.PathEscape(code), body: upd, mutates: true}, &out)
	return out, err
}

// AllSubaccounts walks every page: page 1 first (so a picker is usable at
// once), then the rest concurrently (WithConcurrency). onPage, when not nil,
// is called once per page as it arrives, never concurrently; Loaded counts
// every item delivered so far. The result is in page order without
// duplicates (an item shifted onto the next page by a concurrent create is
// kept once). When the total grows mid-walk the walk follows it; pages
// that come back short or empty end it.
func (c *Client) AllSubaccounts(ctx context.Context, onPage func(SubaccountsPage)) ([]Subaccount, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	first, meta, err := c.listSubaccounts(ctx, 1, maxPerPage)
	if err != nil {
		return nil, err
	}
	// The server may cap perPage below what was asked; offsets follow its size.
	perPage := maxPerPage
	if meta.PerPage > 0 && meta.PerPage < perPage {
		perPage = meta.PerPage
	}
	w := &walk{
		pages:   map[int][]Subaccount{1: first},
		total:   meta.Total,
		onPage:  onPage,
		perPage: perPage,
	}
	w.deliver(1, first, meta.Total)
	last := lastPage(meta, perPage, len(first))
	if last > 1 {
		if err := c.fetchPages(ctx, w, last); err != nil {
			return nil, err
		}
	}
	return w.result(), nil
}

// maxWalkPages bounds a walk whatever the meta claims (a million subaccounts
// at 100 a page), so a server reporting an absurd page count cannot keep it going.
const maxWalkPages = 10000

// lastPage is the highest page worth asking for, from what page 1 said: a
// short first page is the whole list, whatever the meta claims.
func lastPage(meta PageMeta, perPage, got int) int {
	if got < perPage {
		return 1
	}
	return min(max(metaLastPage(meta, perPage), 2), maxWalkPages)
}

// metaLastPage is the last page according to a page's meta alone.
func metaLastPage(meta PageMeta, perPage int) int {
	last := meta.PageCount
	if byTotal := (meta.Total + perPage - 1) / perPage; byTotal > last {
		last = byTotal
	}
	return min(last, maxWalkPages)
}

// walk is the shared state of one AllSubaccounts.
type walk struct {
	mu      sync.Mutex
	pages   map[int][]Subaccount
	total   int
	loaded  int
	onPage  func(SubaccountsPage)
	perPage int
	// deliverMu keeps onPage calls one at a time, in the order pages arrive.
	deliverMu sync.Mutex
}

func (w *walk) deliver(page int, items []Subaccount, total int) {
	w.deliverMu.Lock()
	defer w.deliverMu.Unlock()
	w.mu.Lock()
	w.loaded += len(items)
	if total > 0 {
		w.total = total
	}
	p := SubaccountsPage{Items: items, Page: page, Loaded: w.loaded, Total: max(w.total, w.loaded)}
	w.mu.Unlock()
	if w.onPage != nil {
		w.onPage(p)
	}
}

func (w *walk) result() []Subaccount {
	w.mu.Lock()
	defer w.mu.Unlock()
	nums := make([]int, 0, len(w.pages))
	for n := range w.pages {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	seen := make(map[string]bool)
	var out []Subaccount
	for _, n := range nums {
		for _, s := range w.pages[n] {
			key := s.Code
			if key == "" {
				key = "id:" + strconv.FormatInt(s.ID, 10)
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, s)
		}
	}
	return out
}

// fetchPages fetches pages 2..last with bounded concurrency. The client's
// pacer, not the number of workers, keeps the walk under Paystack's rate
// limit: workers only hide latency.
func (c *Client) fetchPages(ctx context.Context, w *walk, last int) error {
	var (
		mu       sync.Mutex
		next     = 2
		firstErr error
	)
	// take hands out the next page number, or 0 when the walk is over.
	take := func() int {
		mu.Lock()
		defer mu.Unlock()
		if firstErr != nil || next > last || ctx.Err() != nil {
			return 0
		}
		n := next
		next++
		return n
	}
	done := func(page int, items []Subaccount, meta PageMeta, err error) {
		mu.Lock()
		switch {
		case err != nil:
			if firstErr == nil {
				firstErr = err
			}
		case len(items) < w.perPage:
			// A short page is the end of the list, whatever the meta says.
			last = min(last, page)
		default:
			// Follow growth: a later page may report more pages than the
			// first did, and a full last page may have a successor.
			if l := metaLastPage(meta, w.perPage); l > last {
				last = l
			}
			if page == last && last < maxWalkPages {
				last++
			}
		}
		mu.Unlock()
	}

	var wg sync.WaitGroup
	for range c.concurrency {
		wg.Go(func() {
			for {
				page := take()
				if page == 0 {
					return
				}
				items, meta, err := c.listSubaccounts(ctx, page, w.perPage)
				if err == nil {
					w.mu.Lock()
					w.pages[page] = items
					w.mu.Unlock()
					if len(items) > 0 {
						w.deliver(page, items, meta.Total)
					}
				}
				done(page, items, meta, err)
			}
		})
	}
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	if err := ctx.Err(); err != nil {
		return c.ctxError(ctx, "GET /subaccount", err)
	}
	return nil
}

// FindSubaccount looks through every subaccount for one that settles to
// accountNumber at the bank with bankCode, and returns nil when none does.
//
// The matching rule: responses name the bank, never its code, so the account
// number must be equal (ignoring spaces) and the bank must be the same, which
// is decided by, in order: settlement_bank equal to bankCode (some servers
// send the code), then the bank's id or name as List Banks gives them for
// that code, in the candidate's currency. List Banks is only called when an
// account number matches.
func (c *Client) FindSubaccount(ctx context.Context, bankCode, accountNumber string) (*Subaccount, error) {
	accountNumber = normalizeAccount(accountNumber)
	bankCode = strings.TrimSpace(bankCode)
	all, err := c.AllSubaccounts(ctx, nil)
	if err != nil {
		return nil, err
	}
	banksByCurrency := map[string][]Bank{}
	for i := range all {
		s := &all[i]
		if normalizeAccount(s.AccountNumber) != accountNumber {
			continue
		}
		if strings.EqualFold(strings.TrimSpace(s.SettlementBank), bankCode) {
			return s, nil
		}
		banks, ok := banksByCurrency[s.Currency]
		if !ok {
			if banks, err = c.ListBanks(ctx, BankQuery{Currency: s.Currency}); err != nil {
				return nil, err
			}
			banksByCurrency[s.Currency] = banks
		}
		for _, b := range banks {
			if b.Code != bankCode {
				continue
			}
			if (s.BankID != 0 && s.BankID == b.ID) || strings.EqualFold(strings.TrimSpace(s.SettlementBank), strings.TrimSpace(b.Name)) {
				return s, nil
			}
		}
	}
	return nil, nil
}

func normalizeAccount(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// countryNames maps the ISO codes the wizard keeps to the names /bank expects.
var countryNames = map[string]string{
	"ng": "nigeria", "gh": "ghana", "ke": "kenya", "za": "south africa",
}

// maxBankPages stops a cursor walk that never ends (a server repeating cursors).
const maxBankPages = 200

// ListBanks lists every bank matching q, walking the cursor pages. Banks
// flagged is_deleted are left out: a subaccount cannot settle to one.
func (c *Client) ListBanks(ctx context.Context, q BankQuery) ([]Bank, error) {
	base := url.Values{"use_cursor": {"true"}, "perPage": {strconv.Itoa(maxPerPage)}}
	if country := strings.ToLower(strings.TrimSpace(q.Country)); country != "" {
		if name, ok := countryNames[country]; ok {
			country = name
		}
		base.Set("country", country)
	}
	if q.Currency != "" {
		base.Set("currency", strings.ToUpper(strings.TrimSpace(q.Currency)))
	}
	if q.Type != "" {
		base.Set("type", strings.ToLower(strings.TrimSpace(q.Type)))
	}
	if q.EnabledForVerification {
		base.Set("enabled_for_verification", "true")
	}
	var all []Bank
	seenCursor := map[string]bool{}
	seenBank := map[string]bool{}
	cursor := ""
	for range maxBankPages {
		query := url.Values{}
		for k, v := range base {
			query[k] = v
		}
		if cursor != "" {
			query.Set("next", cursor)
		}
		var page []Bank
		meta, err := c.do(ctx, call{method: http.MethodGet, path: "/bank", query: query}, &page)
		if err != nil {
			return nil, err
		}
		for _, b := range page {
			id := strconv.FormatInt(b.ID, 10) + "/" + b.Code + "/" + b.Name
			if !seenBank[id] && !b.IsDeleted {
				seenBank[id] = true
				all = append(all, b)
			}
		}
		cursor = meta.Next
		if cursor == "" || seenCursor[cursor] || len(page) == 0 {
			break
		}
		seenCursor[cursor] = true
	}
	return all, nil
}

// ResolveAccount asks the bank for the account holder's name (Nigeria and
// Ghana only).
func (c *Client) ResolveAccount(ctx context.Context, accountNumber, bankCode string) (ResolvedAccount, error) {
	var out ResolvedAccount
	_, err := c.do(ctx, call{method: http.MethodGet, path: "/bank/resolve", query: url.Values{
		"account_number": {strings.TrimSpace(accountNumber)},
		"bank_code":      {strings.TrimSpace(bankCode)},
	}}, &out)
	return out, err
}

// ValidateAccount checks a South African account (POST /bank/validate). It
// changes nothing, but as a POST it is not retried.
func (c *Client) ValidateAccount(ctx context.Context, req ValidateRequest) (ValidationResult, error) {
	var out ValidationResult
	_, err := c.do(ctx, call{method: http.MethodPost, path: "/bank/validate", body: req}, &out)
	return out, err
}

// ListPlans fetches one page of the integration's subscription plans. The
// audit takes plans from the merchant (systeme.io's own plans cannot be
// read), so this serves scripts and a future "plans on Paystack" view.
func (c *Client) ListPlans(ctx context.Context, page, perPage int) ([]Plan, PageMeta, error) {
	var out []Plan
	meta, err := c.do(ctx, call{method: http.MethodGet, path: "/plan", query: pageQuery(page, perPage)}, &out)
	return out, meta, err
}
