package sandbox

import (
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"time"
)

type bank struct {
	ID                     int
	Name, Slug, Code       string
	Longcode               string
	Gateway                string
	PayWithBank            bool
	SupportsTransfer       bool
	DirectDebit            bool
	Country, Currency      string
	Type                   string
	EnabledForVerification bool // South Africa only
	minDigits, maxDigits   int  // account number length
	// deleted banks are still listed, flagged is_deleted, as Paystack's
	// schema allows; a subaccount cannot be created at one.
	deleted bool
}

// bankJSON follows the spec's MiscellaneousListBanksResponseArray.
type bankJSON struct {
	Name                    string  `json:"name"`
	Slug                    string  `json:"slug"`
	Code                    string  `json:"code"`
	Longcode                string  `json:"longcode"`
	Gateway                 *string `json:"gateway"`
	PayWithBank             bool    `json:"pay_with_bank"`
	SupportsTransfer        bool    `json:"supports_transfer"`
	AvailableForDirectDebit bool    `json:"available_for_direct_debit"`
	Active                  bool    `json:"active"`
	IsDeleted               bool    `json:"is_deleted"`
	Country                 string  `json:"country"`
	Currency                string  `json:"currency"`
	Type                    string  `json:"type"`
	EnabledForVerification  *bool   `json:"enabled_for_verification,omitempty"`
	ID                      int     `json:"id"`
	CreatedAt               string  `json:"createdAt"`
	UpdatedAt               string  `json:"updatedAt"`
}

var bankEpoch = time.Date(2016, 7, 14, 10, 4, 29, 0, time.UTC)

func (b *bank) json() bankJSON {
	out := bankJSON{
		Name: b.Name, Slug: b.Slug, Code: b.Code, Longcode: b.Longcode,
		Gateway: nullable(b.Gateway), PayWithBank: b.PayWithBank, SupportsTransfer: b.SupportsTransfer,
		AvailableForDirectDebit: b.DirectDebit, Active: !b.deleted, IsDeleted: b.deleted, Country: b.Country, Currency: b.Currency,
		Type: b.Type, ID: b.ID,
		CreatedAt: stamp(bankEpoch.Add(time.Duration(b.ID) * time.Hour)),
		UpdatedAt: stamp(bankEpoch.Add(time.Duration(b.ID)*time.Hour + 24*time.Hour*400)),
	}
	if b.Country == "South Africa" {
		v := b.EnabledForVerification
		out.EnabledForVerification = &v
	}
	return out
}

// canResolve: Paystack resolves account names in Nigeria and Ghana only.
func (b *bank) canResolve() bool { return b.Country == "Nigeria" || b.Country == "Ghana" }

type bankTable struct {
	all    []*bank // ordered by id, which is also the cursor order
	byCode map[string]*bank
}

// Real names and codes, so that a demo looks like the merchant's own bank list.
func newBankTable() bankTable {
	type row struct {
		name, code, longcode, gateway string
		payWithBank                   bool
	}
	var all []*bank
	add := func(country, currency, typ string, minD, maxD int, rows []row) {
		for _, r := range rows {
			all = append(all, &bank{
				ID: len(all) + 1, Name: r.name, Slug: slug(r.name), Code: r.code, Longcode: r.longcode,
				Gateway: r.gateway, PayWithBank: r.payWithBank, SupportsTransfer: true,
				DirectDebit: r.gateway == "emandate", Country: country, Currency: currency, Type: typ,
				minDigits: minD, maxDigits: maxD,
			})
		}
	}
	add("Nigeria", "NGN", "nuban", 10, 10, []row{
		{"Access Bank", "044", "044150149", "emandate", true},
		{"Access Bank (Diamond)", "063", "063150162", "emandate", false},
		{"Carbon", "565", "565", "", false},
		{"Citibank Nigeria", "023", "023150005", "", false},
		{"Ecobank Nigeria", "050", "050150010", "", false},
		{"Fidelity Bank", "070", "070150003", "emandate", false},
		{"First Bank of Nigeria", "011", "011151003", "emandate", false},
		{"First City Monument Bank", "214", "214150018", "emandate", false},
		{"Globus Bank", "00103", "103015001", "", false},
		{"Guaranty Trust Bank", "058", "058152036", "emandate", true},
		{"Heritage Bank", "030", "030159992", "", false},
		{"Jaiz Bank", "301", "301080020", "", false},
		{"Keystone Bank", "082", "082150017", "", false},
		{"Kuda Bank", "50211", "50211", "digitalbankmandate", true},
		{"Moniepoint MFB", "50515", "null", "", false},
		{"OPay Digital Services Limited (OPay)", "999992", "999992", "", false},
		{"PalmPay", "999991", "999991", "", false},
		{"Polaris Bank", "076", "076151006", "", false},
		{"Providus Bank", "101", "", "", false},
		{"Stanbic IBTC Bank", "221", "221159522", "emandate", false},
		{"Standard Chartered Bank", "068", "068150015", "", false},
		{"Sterling Bank", "232", "232150016", "emandate", false},
		{"Titan Bank", "102", "", "", false},
		{"Union Bank of Nigeria", "032", "032080474", "emandate", false},
		{"United Bank For Africa", "033", "033153513", "emandate", true},
		{"Unity Bank", "215", "215154097", "emandate", false},
		{"VFD Microfinance Bank Limited", "566", "", "", false},
		{"Wema Bank", "035", "035150103", "emandate", false},
		{"Zenith Bank", "057", "057150013", "emandate", true},
	})
	add("Ghana", "GHS", "ghipps", 10, 16, []row{
		{"Absa Bank Ghana Ltd", "030100", "030100", "", false},
		{"Access Bank Ghana", "280100", "280100", "", false},
		{"CalBank PLC", "140100", "140100", "", false},
		{"Ecobank Ghana Ltd", "130100", "130100", "", false},
		{"Fidelity Bank Ghana", "240100", "240100", "", false},
		{"GCB Bank Limited", "040100", "040100", "", false},
		{"Republic Bank Ghana", "110100", "110100", "", false},
		{"Societe Generale Ghana", "090100", "090100", "", false},
		{"Stanbic Bank Ghana Ltd", "190100", "190100", "", false},
		{"Standard Chartered Bank Ghana", "020100", "020100", "", false},
		{"United Bank for Africa Ghana", "060100", "060100", "", false},
		{"Zenith Bank Ghana", "120100", "120100", "", false},
	})
	add("Ghana", "GHS", "mobile_money", 10, 10, []row{
		{"AirtelTigo", "ATL", "ATL", "", false},
		{"MTN", "MTN", "MTN", "", false},
		{"Vodafone", "VOD", "VOD", "", false},
	})
	add("Kenya", "KES", "kepss", 6, 14, []row{
		{"ABSA Bank Kenya", "03", "03", "", false},
		{"Co-operative Bank of Kenya", "11", "11", "", false},
		{"Diamond Trust Bank Kenya", "63", "63", "", false},
		{"Equity Bank Kenya", "68", "68", "", false},
		{"Family Bank", "70", "70", "", false},
		{"I&M Bank", "57", "57", "", false},
		{"KCB Bank Kenya", "01", "01", "", false},
		{"NCBA Bank Kenya", "07", "07", "", false},
		{"Stanbic Bank Kenya", "31", "31", "", false},
		{"Standard Chartered Bank Kenya", "02", "02", "", false},
	})
	add("Kenya", "KES", "mobile_money", 10, 12, []row{
		{"M-PESA", "MPESA", "MPESA", "", false},
	})
	za := len(all)
	add("South Africa", "ZAR", "basa", 9, 11, []row{
		{"Absa Bank Limited, South Africa", "632005", "632005", "", false},
		{"African Bank Limited", "430000", "430000", "", false},
		{"Bidvest Bank Limited", "462005", "462005", "", false},
		{"Capitec Bank Limited", "470010", "470010", "", false},
		{"Discovery Bank Limited", "679000", "679000", "", false},
		{"First National Bank", "250655", "250655", "", false},
		{"Investec Bank Limited", "580105", "580105", "", false},
		{"Nedbank", "198765", "198765", "", false},
		{"Standard Bank South Africa", "051001", "051001", "", false},
		{"TymeBank", "678910", "678910", "", false},
	})
	for _, b := range all[za:] {
		switch b.Code {
		case "632005", "470010", "250655", "198765", "051001":
			b.EnabledForVerification = true
		}
	}
	t := bankTable{all: all, byCode: map[string]*bank{}}
	for _, b := range all {
		if b.Longcode == "null" {
			b.Longcode = b.Code
		}
		t.byCode[b.Code] = b
	}
	// Heritage Bank lost its licence in June 2024; a listed, deleted bank
	// shows whether a client offers banks that cannot take a subaccount.
	t.byCode["030"].deleted = true
	return t
}

func slug(name string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			sb.WriteRune(r)
			dash = false
		} else if !dash && sb.Len() > 0 {
			sb.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(sb.String(), "-")
}

var countryNames = map[string]string{
	"nigeria": "Nigeria", "ghana": "Ghana", "kenya": "Kenya", "south africa": "South Africa",
	"south-africa": "South Africa", "southafrica": "South Africa",
}

// cursorMeta is the meta of cursor-paginated lists; absent cursors are null.
type cursorMeta struct {
	Next     *string `json:"next"`
	Previous *string `json:"previous"`
	PerPage  int     `json:"perPage"`
}

func encodeCursor(id int) *string {
	c := base64.StdEncoding.EncodeToString([]byte("bank:" + strconv.Itoa(id)))
	return &c
}

func decodeCursor(c string) (int, bool) {
	raw, err := base64.StdEncoding.DecodeString(c)
	if err != nil {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimPrefix(string(raw), "bank:"))
	return n, err == nil && strings.HasPrefix(string(raw), "bank:")
}

func boolParam(r *http.Request, name string) (value, set bool) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return false, false
	}
	b, err := strconv.ParseBool(v)
	return b, err == nil
}

func (s *Server) handleListBanks(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	country := ""
	if c := q.Get("country"); c != "" {
		country = countryNames[strings.ToLower(strings.TrimSpace(c))]
		if country == "" {
			country = "?" // unknown country: no bank matches, as on Paystack
		}
	}
	currency := strings.ToUpper(q.Get("currency"))
	typ := strings.ToLower(q.Get("type"))
	payWithBank, pwbSet := boolParam(r, "pay_with_bank")
	verification, verSet := boolParam(r, "enabled_for_verification")
	gateway := q.Get("gateway")

	var list []*bank
	for _, b := range s.banks.all {
		switch {
		case country != "" && b.Country != country,
			currency != "" && b.Currency != currency,
			typ != "" && b.Type != typ,
			pwbSet && b.PayWithBank != payWithBank,
			verSet && b.EnabledForVerification != verification,
			gateway != "" && b.Gateway != gateway:
			continue
		}
		list = append(list, b)
	}

	perPage, perPageSet := perPageParam(r)
	if useCursor, _ := boolParam(r, "use_cursor"); useCursor {
		s.bankCursorPage(w, r, list, perPage)
		return
	}
	page, pageSet := pageParam(r)
	if !perPageSet && !pageSet {
		// Without paging parameters Paystack answers the whole list.
		perPage = max(len(list), 1)
	}
	from, to, meta := pageBounds(len(list), page, perPage)
	ok(w, "Banks retrieved", banksJSON(list[from:to]), meta)
}

func (s *Server) bankCursorPage(w http.ResponseWriter, r *http.Request, list []*bank, perPage int) {
	q := r.URL.Query()
	from, to := 0, min(perPage, len(list))
	if c := q.Get("next"); c != "" {
		id, valid := decodeCursor(c)
		if !valid {
			writeJSON(w, http.StatusBadRequest, validationError("Invalid cursor", "invalid_params", "Pass back the meta.next value of the previous page"))
			return
		}
		from = len(list)
		for i, b := range list {
			if b.ID > id {
				from = i
				break
			}
		}
		to = min(from+perPage, len(list))
	} else if c := q.Get("previous"); c != "" {
		id, valid := decodeCursor(c)
		if !valid {
			writeJSON(w, http.StatusBadRequest, validationError("Invalid cursor", "invalid_params", "Pass back the meta.previous value of the previous page"))
			return
		}
		to = 0
		for i, b := range list {
			if b.ID < id {
				to = i + 1
			}
		}
		from = max(to-perPage, 0)
	}
	meta := cursorMeta{PerPage: perPage}
	if to < len(list) && to > 0 {
		meta.Next = encodeCursor(list[to-1].ID)
	}
	if from > 0 && from < len(list) {
		meta.Previous = encodeCursor(list[from].ID)
	}
	ok(w, "Banks retrieved", banksJSON(list[from:to]), meta)
}

func banksJSON(list []*bank) []bankJSON {
	out := make([]bankJSON, len(list))
	for i, b := range list {
		out[i] = b.json()
	}
	return out
}
