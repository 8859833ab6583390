package msg

// The setup session's own refusals (package setup), said by every front end.
const (
	SetupPlanTwice ID = "setup.plan_twice"
)

func init() {
	Register(English, map[ID]string{
		SetupPlanTwice: "Two plans are named %q. Give each plan its own name, so that the checks and systeme.io can tell them apart.",
	})
}
