package sandbox

import (
	"hash/fnv"
	"net/http"
	"strings"
	"time"
)

// seedEpoch makes seeded timestamps the same on every run, so that snapshots
// of a demo screen do not change from one day to the next.
var seedEpoch = time.Date(2025, 3, 3, 9, 15, 0, 0, time.UTC)

var (
	nigerianFirst = []string{"Adaeze", "Chinedu", "Oluwaseun", "Ngozi", "Ibrahim", "Aisha", "Emeka", "Funmilayo", "Tunde", "Yetunde", "Chukwuemeka", "Bolanle", "Musa", "Zainab", "Obinna", "Kemi", "Segun", "Amaka", "Ifeanyi", "Halima"}
	nigerianLast  = []string{"Okafor", "Adeyemi", "Bello", "Okonkwo", "Balogun", "Eze", "Abubakar", "Ogunleye", "Nwosu", "Adebayo", "Ibekwe", "Olawale", "Danjuma", "Onyekachi", "Afolabi", "Uche"}
	ghanaianFirst = []string{"Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Abena", "Kwabena", "Efua", "Kojo", "Adwoa", "Nana", "Esi"}
	ghanaianLast  = []string{"Mensah", "Asante", "Owusu", "Boateng", "Osei", "Agyeman", "Appiah", "Darko", "Ofori", "Amoah", "Quaye", "Tetteh"}
	kenyanFirst   = []string{"Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi", "Akinyi", "Kipchoge"}
	kenyanLast    = []string{"Odhiambo", "Wambui", "Kariuki", "Mutua", "Chebet", "Ochieng", "Njoroge", "Kiprono"}
	southAfFirst  = []string{"Thabo", "Naledi", "Sipho", "Lerato", "Pieter", "Anele", "Zanele", "Johan"}
	southAfLast   = []string{"Nkosi", "Dlamini", "van der Merwe", "Mokoena", "Botha", "Khumalo", "Naidoo", "Mahlangu"}
	businessKinds = []string{"Ventures", "Academy", "Foods", "Fashion House", "Digital Studio", "Coaching", "Enterprises", "Books", "Fitness", "Beauty Lounge", "Consulting", "Media"}
)

func namesFor(country string) (first, last []string) {
	switch country {
	case "Ghana":
		return ghanaianFirst, ghanaianLast
	case "Kenya":
		return kenyanFirst, kenyanLast
	case "South Africa":
		return southAfFirst, southAfLast
	}
	return nigerianFirst, nigerianLast
}

// accountName is the holder's name for an account number: always the same
// for the same number, so tests can rely on it. Numbers ending in "000" do
// not resolve, to give tests an unresolvable account.
func accountName(b *bank, number string) (string, bool) {
	if strings.HasSuffix(number, "000") {
		return "", false
	}
	h := fnv.New32a()
	h.Write([]byte(b.Country + number))
	v := h.Sum32()
	first, last := namesFor(b.Country)
	return strings.ToUpper(first[v%uint32(len(first))] + " " + first[(v/7)%uint32(len(first))] + " " + last[(v/131)%uint32(len(last))]), true
}

// mobilePrefix makes generated wallet numbers look like local phone numbers.
var mobilePrefix = map[string]string{"Ghana": "024", "Kenya": "07"}

// accountLength is a typical account number length for a bank.
func accountLength(b *bank) int {
	if b.Type == "ghipps" {
		return 13
	}
	return min(max(10, b.minDigits), b.maxDigits)
}

// seededSubaccounts is every mode's starting list: a few realistic
// merchants, active and not, verified and not, in each country.
var seededSubaccounts = []struct {
	name, bankCode, number, email string
	percentage                    float64
	verified, active              bool
}{
	// One per country, so a demo in Nairobi or Johannesburg has a
	// subaccount in its own currency to pick.
	{"Thabo Mokoena Coaching", "250655", "62812349031", "thabo@mokoenacoaching.example", 10, true, true},
	{"Wanjiru Digital Studio", "68", "1180201288210", "wanjiru@digitalstudio.example", 10, true, true},
	{"Kumasi Coding School", "MTN", "0241234567", "yaw@kumasicoding.example", 15, true, true},
	{"Accra Bead Works", "040100", "1021304050607", "", 10, true, true},
	{"Lagos Fitness Club", "057", "2087654321", "", 20, true, false},
	{"Ngozi Bakes", "50211", "2004567891", "ngozi@ngozibakes.example", 5, false, true},
	{"Chinedu Okafor Academy", "044", "0690000031", "hello@okaforacademy.example", 10, true, true},
	{"Adaeze Fashion House", "058", "0123456047", "adaeze@fashionhouse.example", 30, false, true},
}

func (s *Server) seedSubaccounts(in *integration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, seed := range seededSubaccounts {
		b := s.banks.byCode[seed.bankCode]
		a := &subaccount{
			businessName: seed.name, contactEmail: seed.email, percentage: seed.percentage, bank: b,
			accountNumber: seed.number, verified: seed.verified, schedule: "AUTO", active: seed.active,
			created: seedEpoch.Add(time.Duration(i) * 97 * time.Hour),
		}
		a.accountName, _ = accountName(b, seed.number)
		a.updated = a.created
		s.addLocked(in, a)
	}
}

// GenerateSubaccounts adds n realistic subaccounts, across every bank, to each
// key mode; for lists long enough to need paging, filtering and benchmarks.
func (s *Server) GenerateSubaccounts(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	banks := s.banks.all
	for _, mode := range []Mode{ModeTest, ModeLive} {
		in := s.data[mode]
		in.subs = append(make([]*subaccount, 0, len(in.subs)+n), in.subs...)
		start := s.now().Add(-time.Duration(n) * time.Minute)
		for i := range n {
			b := banks[s.rng.IntN(len(banks))]
			first, last := namesFor(b.Country)
			owner := first[s.rng.IntN(len(first))] + " " + last[s.rng.IntN(len(last))]
			number := make([]byte, accountLength(b))
			for j := range number {
				number[j] = byte('0' + s.rng.IntN(10))
			}
			if b.Type == "mobile_money" {
				copy(number, mobilePrefix[b.Country])
			}
			a := &subaccount{
				businessName: owner + " " + businessKinds[s.rng.IntN(len(businessKinds))],
				percentage:   float64(5 * (1 + s.rng.IntN(6))), bank: b, accountNumber: string(number),
				verified: s.rng.IntN(4) != 0, schedule: "AUTO", active: s.rng.IntN(10) != 0,
				created: start.Add(time.Duration(i) * time.Minute),
			}
			if b.canResolve() {
				a.accountName, _ = accountName(b, a.accountNumber)
			}
			a.updated = a.created
			s.addLocked(in, a)
		}
	}
}

type plan struct {
	id       int
	code     string
	name     string
	amount   int64
	interval string
	currency string
	created  time.Time
}

// planJSON follows the spec's PlanListResponseArray.
type planJSON struct {
	Subscriptions             []any   `json:"subscriptions"`
	Pages                     []any   `json:"pages"`
	Domain                    string  `json:"domain"`
	Name                      string  `json:"name"`
	PlanCode                  string  `json:"plan_code"`
	Description               *string `json:"description"`
	Amount                    int64   `json:"amount"`
	Interval                  string  `json:"interval"`
	InvoiceLimit              int     `json:"invoice_limit"`
	SendInvoices              bool    `json:"send_invoices"`
	SendSMS                   bool    `json:"send_sms"`
	HostedPage                bool    `json:"hosted_page"`
	HostedPageURL             *string `json:"hosted_page_url"`
	HostedPageSummary         *string `json:"hosted_page_summary"`
	Currency                  string  `json:"currency"`
	Migrate                   bool    `json:"migrate"`
	IsDeleted                 bool    `json:"is_deleted"`
	IsArchived                bool    `json:"is_archived"`
	ID                        int     `json:"id"`
	Integration               int     `json:"integration"`
	CreatedAt                 string  `json:"createdAt"`
	UpdatedAt                 string  `json:"updatedAt"`
	TotalSubscriptions        int     `json:"total_subscriptions"`
	ActiveSubscriptions       int     `json:"active_subscriptions"`
	TotalSubscriptionsRevenue int64   `json:"total_subscriptions_revenue"`
}

// seedPlans includes a quarterly plan on purpose: real integrations have
// intervals systeme.io cannot charge (the article's note 3), and the client
// must decode every interval Paystack sends.
func (s *Server) seedPlans(in *integration, currency string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, p := range []struct {
		name, interval string
		major          int64
	}{
		{"Monthly Membership", "monthly", 5000},
		{"Weekly Coaching", "weekly", 2500},
		{"Annual Pass", "annually", 50000},
		{"Quarterly Mastermind", "quarterly", 15000},
		{"Daily Tips", "daily", 100},
	} {
		pl := plan{id: 90001 + i, name: p.name, amount: p.major * 100, interval: p.interval, currency: currency,
			created: seedEpoch.Add(time.Duration(i) * 24 * time.Hour)}
		pl.code = s.newCodeLocked("PLN_", func(c string) bool {
			for _, x := range in.plans {
				if x.code == c {
					return true
				}
			}
			return false
		})
		in.plans = append(in.plans, pl)
	}
}

func (s *Server) handleListPlans(w http.ResponseWriter, r *http.Request) {
	perPage, _ := perPageParam(r)
	page, _ := pageParam(r)
	interval := strings.ToLower(r.URL.Query().Get("interval"))
	mode := requestMode(r)
	s.mu.Lock()
	var list []planJSON
	for i := len(s.data[mode].plans) - 1; i >= 0; i-- {
		p := s.data[mode].plans[i]
		if interval != "" && p.interval != interval {
			continue
		}
		list = append(list, planJSON{
			Subscriptions: []any{}, Pages: []any{}, Domain: string(mode), Name: p.name, PlanCode: p.code,
			Amount: p.amount, Interval: p.interval, SendInvoices: true, SendSMS: true, Currency: p.currency,
			ID: p.id, Integration: integrationID, CreatedAt: stamp(p.created), UpdatedAt: stamp(p.created),
		})
	}
	s.mu.Unlock()
	from, to, meta := pageBounds(len(list), page, perPage)
	ok(w, "Plans retrieved", append([]planJSON{}, list[from:to]...), meta)
}

type balanceJSON struct {
	Currency string `json:"currency"`
	Balance  int64  `json:"balance"`
}

func (s *Server) handleBalance(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	in := s.data[requestMode(r)]
	out := make([]balanceJSON, len(in.balances))
	for i, b := range in.balances {
		out[i] = balanceJSON{b.currency, b.amount}
	}
	s.mu.Unlock()
	ok(w, "Balances retrieved", out, nil)
}

type resolvedJSON struct {
	AccountNumber string `json:"account_number"`
	AccountName   string `json:"account_name"`
	BankID        int    `json:"bank_id"`
}

const couldNotResolve = "Could not resolve account name. Check parameters or try again."

func (s *Server) handleResolve(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	number, code := strings.TrimSpace(q.Get("account_number")), strings.TrimSpace(q.Get("bank_code"))
	if number == "" || code == "" {
		writeJSON(w, http.StatusBadRequest, validationError("Account number and bank code are required",
			"missing_params", "Provide account_number and bank_code and try again"))
		return
	}
	b, ferr := s.checkBank(code)
	if ferr != nil {
		writeJSON(w, ferr.status, ferr.body)
		return
	}
	if !b.canResolve() {
		writeJSON(w, http.StatusBadRequest, validationError("Account resolution is not supported for banks in "+b.Country,
			"unsupported_bank", "Resolve accounts in Nigeria and Ghana only; in South Africa use Validate Account"))
		return
	}
	name, resolved := accountName(b, number)
	if !resolved || checkAccountNumber(b, number) != nil {
		writeJSON(w, http.StatusUnprocessableEntity, errorBody{Message: couldNotResolve})
		return
	}
	ok(w, "Account number resolved", resolvedJSON{number, name, b.ID}, nil)
}

type validationJSON struct {
	Verified                          bool   `json:"verified"`
	VerificationMessage               string `json:"verificationMessage"`
	AccountAcceptsDebits              bool   `json:"accountAcceptsDebits"`
	AccountAcceptsCredits             bool   `json:"accountAcceptsCredits"`
	AccountOpenForMoreThanThreeMonths bool   `json:"accountOpenForMoreThanThreeMonths"`
	AccountHolderMatch                bool   `json:"accountHolderMatch"`
	AccountOpen                       bool   `json:"accountOpen"`
}

// handleValidate verifies South African accounts; numbers ending in "000"
// fail verification, like unresolvable numbers elsewhere.
func (s *Server) handleValidate(w http.ResponseWriter, r *http.Request) {
	f, valid := readFields(r)
	if !valid {
		badJSON(w)
		return
	}
	for _, name := range []string{"account_name", "account_number", "account_type", "bank_code", "country_code", "document_type"} {
		if _, present := f.text(name); !present {
			writeJSON(w, http.StatusBadRequest, validationError(name+" is required", "missing_params", "Provide "+name+" and try again"))
			return
		}
	}
	code, _ := f.text("bank_code")
	b, ferr := s.checkBank(code)
	if ferr != nil {
		writeJSON(w, ferr.status, ferr.body)
		return
	}
	if !b.EnabledForVerification {
		writeJSON(w, http.StatusBadRequest, validationError(b.Name+" is not enabled for account verification",
			"unsupported_bank", "Use a bank listed with enabled_for_verification=true"))
		return
	}
	if t, _ := f.text("account_type"); t != "personal" && t != "business" {
		writeJSON(w, http.StatusBadRequest, validationError("account_type must be personal or business", "invalid_params", "Send account_type personal or business"))
		return
	}
	number, _ := f.text("account_number")
	out := validationJSON{Verified: true, VerificationMessage: "Account is verified successfully",
		AccountAcceptsDebits: true, AccountAcceptsCredits: true, AccountOpenForMoreThanThreeMonths: true,
		AccountHolderMatch: true, AccountOpen: true}
	if strings.HasSuffix(number, "000") || checkAccountNumber(b, number) != nil {
		out = validationJSON{VerificationMessage: "Account could not be verified. Check the account details and try again."}
	}
	ok(w, "Personal Account Verification attempted", out, nil)
}
