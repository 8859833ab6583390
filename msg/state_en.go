package msg

// Saved state (package state) and `paystack-setup profiles list`.
const (
	StateFutureMoved     ID = "state.future_moved"
	StateFutureLeft      ID = "state.future_left"
	StateCorruptMoved    ID = "state.corrupt_moved"
	StateCorruptLeft     ID = "state.corrupt_left"
	StateSecretRefused   ID = "state.secret_refused"
	StateTooBig          ID = "state.too_big"
	StateDiskFull        ID = "state.disk_full"
	StateDenied          ID = "state.denied"
	StateClosed          ID = "state.closed"
	StateCannotRead      ID = "state.cannot_read"
	StateCannotList      ID = "state.cannot_list"
	StateCannotMoveAside ID = "state.cannot_move_aside"
	StateCannotWrite     ID = "state.cannot_write"
	StateFileInTheWay    ID = "state.file_in_the_way"
	StateReadOnlyDisk    ID = "state.read_only_disk"
	StateBadProfile      ID = "state.bad_profile"
	StateLocked          ID = "state.locked"
	StateLockedPID       ID = "state.locked_pid"

	ProfilesSummary       ID = "state.profiles_summary"
	ProfilesHelp          ID = "state.profiles_help"
	ProfilesColProfile    ID = "state.profiles_col_profile"
	ProfilesColMode       ID = "state.profiles_col_mode"
	ProfilesColSubaccount ID = "state.profiles_col_subaccount"
	ProfilesColLastAudit  ID = "state.profiles_col_last_audit"
	ProfilesNone          ID = "state.profiles_none"
	ProfilesNeverAudited  ID = "state.profiles_never_audited"
	ProfilesAudit         ID = "state.profiles_audit"
	ProfilesAuditErrors   ID = "state.profiles_audit_errors"
	ProfilesNoValue       ID = "state.profiles_no_value"
	ProfilesUnreadable    ID = "state.profiles_unreadable"
	ProfilesDamaged       ID = "state.profiles_damaged"
	ProfilesUnknownSub    ID = "state.profiles_unknown_sub"
)

func init() {
	Register(English, map[ID]string{
		StateFutureMoved:     "Your saved answers were written by a newer paystack-setup (state version %d), which this one cannot read. They were moved to %s and this run starts fresh; update paystack-setup to use them again.",
		StateFutureLeft:      "The saved answers in %s come from a newer paystack-setup (state version %d). Update paystack-setup to read them.",
		StateCorruptMoved:    "Your saved answers were damaged and could not be read. The old file was moved to %s and this run starts fresh; nothing was deleted.",
		StateCorruptLeft:     "The saved answers in %s are damaged. Run the wizard for this profile: it moves the file aside and starts fresh.",
		StateTooBig:          "Your answers have grown past %d MB, more than paystack-setup reads back, so they were not saved and the saved file is unchanged. Remove some plans and try again.",
		StateSecretRefused:   "paystack-setup refused to save your answers because they contain something that looks like a secret key. Keys belong only in the key store; please report this with `paystack-setup --version`.",
		StateDiskFull:        "Could not save your answers to %s: the disk is full. Free some space and run paystack-setup again.",
		StateDenied:          "paystack-setup may not use %s. Check that this folder belongs to you (ls -l) and run it again.",
		StateClosed:          "The saved answers were already closed. Run paystack-setup again.",
		StateCannotRead:      "Could not read your saved answers in %s. Check the file and its folder, then run paystack-setup again.",
		StateCannotList:      "Could not list the profiles in %s. Check that the folder exists and is readable.",
		StateCannotMoveAside: "Your saved answers in %s are unreadable and could not be moved aside. Move or delete the file yourself, then run paystack-setup again.",
		StateCannotWrite:     "Could not save your answers to %s. Check that the folder is writable and the disk is not full, then run paystack-setup again.",
		StateFileInTheWay:    "%s is a file, but paystack-setup needs a folder there to keep your answers (%s). Rename or move that file, or set XDG_CONFIG_HOME to another folder, then run paystack-setup again.",
		StateReadOnlyDisk:    "Could not save your answers to %s: that disk is read-only. Set XDG_CONFIG_HOME to a folder on a writable disk, then run paystack-setup again.",
		StateBadProfile:      "%q cannot be a profile name. Use letters, digits, dots, hyphens and underscores (at most 64).",
		StateLocked:          "Another paystack-setup is running for profile %q. Close it or wait for it to finish, then try again.",
		StateLockedPID:       "Another paystack-setup is running for profile %q (process %d). Close it or wait for it to finish, then try again.",

		ProfilesSummary: "every profile with its mode, subaccount and last audit",
		ProfilesHelp: `Usage:
  paystack-setup profiles [list] [--json]

Lists every profile set up on this computer: its mode (test or live), its
subaccount (business name and code) and the result of its last audit.
"profiles" alone is the same as "profiles list".

Flags:
  --json   print the list as JSON for scripts

Examples:
  paystack-setup profiles
  paystack-setup profiles list --json
  paystack-setup --profile shop audit    # audit one of the listed profiles

Exit codes:
  0 listed · 1 a profile's saved answers could not be read · 2 usage error`,
		ProfilesColProfile:    "PROFILE",
		ProfilesColMode:       "MODE",
		ProfilesColSubaccount: "SUBACCOUNT",
		ProfilesColLastAudit:  "LAST AUDIT",
		ProfilesNone:          "No profiles yet. Run paystack-setup to set one up.",
		ProfilesNeverAudited:  "never audited",
		ProfilesAudit:         "%d pass, %d warn, %d fail · %s",
		ProfilesAuditErrors:   "%d pass, %d warn, %d fail, %d error · %s",
		ProfilesNoValue:       "—",
		ProfilesUnreadable:    "Profile %s: %s",
		ProfilesDamaged:       "saved answers damaged",
		ProfilesUnknownSub:    "Unknown subcommand %q. Use: paystack-setup profiles list",
	})
}
