package paystack

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
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
// kept and delivered once). When the total grows mid-walk the walk follows
// it; pages that come back short or empty end it.
func (c *Client) AllSubaccounts(ctx context.Context, onPage func(SubaccountsPage)) ([]Subaccount, error) {
	return c.walkSubaccounts(ctx, onPage, true)
}

// WalkSubaccounts is AllSubaccounts for a caller that keeps what it needs
// of each page itself: nothing is returned, and no page is held once onPage
// has seen it.
func (c *Client) WalkSubaccounts(ctx context.Context, onPage func(SubaccountsPage)) error {
	_, err := c.walkSubaccounts(ctx, onPage, false)
	return err
}

func (c *Client) walkSubaccounts(ctx context.Context, onPage func(SubaccountsPage), keep bool) ([]Subaccount, error) {
	var deliver func(pageOf[Subaccount])
	if onPage != nil {
		deliver = func(p pageOf[Subaccount]) {
			onPage(SubaccountsPage{Items: p.items, Page: p.page, Loaded: p.loaded, Total: p.total})
		}
	}
	return walkPages(ctx, c, "GET /subaccount", c.listSubaccounts, func(s Subaccount) string { return itemKey(s.Code, s.ID) }, deliver, keep)
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
