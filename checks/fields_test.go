package checks

import "testing"

func TestFieldChecks(t *testing.T) {
	tests := []struct {
		name   string
		fields []string
		want   Status
		detail string
	}{
		{"all three", []string{"email", "first_name", "last_name", "phone"}, Pass, "Email"},
		{"typed as people write them", []string{"E-mail", "First name", "surname"}, Pass, ""},
		{"none recorded", nil, Fail, "Email, First name, Last name"},
		{"last name missing", []string{"email", "first_name"}, Fail, "Missing: Last name."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			f.in.State.CheckoutFields, f.in.Offline = tt.fields, true
			fix := ""
			if tt.want == Fail {
				fix = "--fields email,first_name,last_name"
			}
			assertResult(t, find(t, f.run(t), "fields.required"), tt.want, tt.detail, fix)
		})
	}
}
