package msg

// The setup session's own refusals (package setup), said by every front end.
const (
	SetupPlanTwice    ID = "setup.plan_twice"
	SetupPlansTooMany ID = "setup.plans_too_many"
	SetupSaveKeyPart  ID = "setup.save_key_part"
)
