package msg

// The key store (package keystore) and the `key` commands.
const (
	KeystoreNoBus            ID = "keystore.no_bus"
	KeystoreNoBusWSL         ID = "keystore.no_bus_wsl"
	KeystoreNoSecretService  ID = "keystore.no_secret_service"
	KeystoreLocked           ID = "keystore.locked"
	KeystoreTimeout          ID = "keystore.timeout"
	KeystoreCanceled         ID = "keystore.canceled"
	KeystoreTooBig           ID = "keystore.too_big"
	KeystoreNotFound         ID = "keystore.not_found"
	KeystoreReadBack         ID = "keystore.read_back"
	KeystoreStoredInvalid    ID = "keystore.stored_invalid"
	KeystoreEnvInvalid       ID = "keystore.env_invalid"
	KeystoreFileFailed       ID = "keystore.file_failed"
	KeystoreFileNotRegular   ID = "keystore.file_not_regular"
	KeystoreFileTooBig       ID = "keystore.file_too_big"
	KeystoreKeyringFailed    ID = "keystore.keyring_failed"
	KeystoreChoiceRetry      ID = "keystore.choice_retry"
	KeystoreChoiceEnv        ID = "keystore.choice_env"
	KeystoreChoicePlainFile  ID = "keystore.choice_plain_file"
	KeystoreEnvInstructions  ID = "keystore.env_instructions"
	KeystorePlainFileWarning ID = "keystore.plain_file_warning"
	KeystoreConfirmWord      ID = "keystore.confirm_word"
	KeystoreModeTest         ID = "keystore.mode_test"
	KeystoreModeLive         ID = "keystore.mode_live"
	KeystoreModeChanged      ID = "keystore.mode_changed"
	KeystoreBadTimeout       ID = "keystore.bad_timeout"
)

// The `key` commands.
const (
	KeystoreSummary          ID = "keystore.summary"
	KeystoreHelp             ID = "keystore.help"
	KeystoreUnknownSub       ID = "keystore.unknown_sub"
	KeystoreSetPrompt        ID = "keystore.set_prompt"
	KeystoreSetNeedStdin     ID = "keystore.set_need_stdin"
	KeystoreKeyOnCommandLine ID = "keystore.key_on_command_line"
	// KeystorePastedOutsideKeyStep: the wizard refused a paste (or, in
	// accessible mode, an answer) holding a secret key anywhere but the key step.
	KeystorePastedOutsideKeyStep   ID = "keystore.pasted_outside_key_step"
	KeystoreSetNoArgs              ID = "keystore.set_no_args"
	KeystoreStdinEmpty             ID = "keystore.stdin_empty"
	KeystoreStdinUnreadable        ID = "keystore.stdin_unreadable"
	KeystoreStored                 ID = "keystore.stored"
	KeystoreStoredFile             ID = "keystore.stored_file"
	KeystorePlainRemoved           ID = "keystore.plain_removed"
	KeystoreEnvOverrides           ID = "keystore.env_overrides"
	KeystoreChoiceHeader           ID = "keystore.choice_header"
	KeystoreChoicePrompt           ID = "keystore.choice_prompt"
	KeystoreNotStored              ID = "keystore.not_stored"
	KeystoreConfirmPrompt          ID = "keystore.confirm_prompt"
	KeystoreOptionsCommands        ID = "keystore.options_commands"
	KeystoreShowKey                ID = "keystore.show_key"
	KeystoreShowProfile            ID = "keystore.show_profile"
	KeystoreShowKeyring            ID = "keystore.show_keyring"
	KeystoreShowEnv                ID = "keystore.show_env"
	KeystoreShowFile               ID = "keystore.show_file"
	KeystoreShowFileWarning        ID = "keystore.show_file_warning"
	KeystoreShowFileProblem        ID = "keystore.show_file_problem"
	KeystoreShowConsent            ID = "keystore.show_consent"
	KeystoreDeleteConfirm          ID = "keystore.delete_confirm"
	KeystoreDeleteNeedYes          ID = "keystore.delete_need_yes"
	KeystoreDeleteCanceled         ID = "keystore.delete_canceled"
	KeystoreDeletedKeyring         ID = "keystore.deleted_keyring"
	KeystoreDeletedFile            ID = "keystore.deleted_file"
	KeystoreDeletedNothing         ID = "keystore.deleted_nothing"
	KeystoreDeleteEnvKept          ID = "keystore.delete_env_kept"
	KeystoreDeleteKeyringUnchecked ID = "keystore.delete_keyring_unchecked"
)

func init() {
	Register(English, map[ID]string{
		KeystoreNoBus:            "The system keyring cannot be reached: there is no desktop session bus (D-Bus) here, which is normal over SSH, on a server or in a container. Run paystack-setup inside a desktop session, or start a keyring for this command with `dbus-run-session -- paystack-setup ...` and an unlocked gnome-keyring, or use PAYSTACK_SECRET_KEY for this shell, or store the key in a plain file: paystack-setup key set --plain-file",
		KeystoreNoBusWSL:         "The system keyring cannot be reached: this is WSL, which has no desktop keyring session (D-Bus) by default. Start one with `dbus-run-session -- paystack-setup ...` and an unlocked gnome-keyring, or use PAYSTACK_SECRET_KEY for this shell, or store the key in a plain file: paystack-setup key set --plain-file",
		KeystoreNoSecretService:  "No keyring service is running: nothing provides org.freedesktop.secrets on the session bus. Install and start one (gnome-keyring, or KeePassXC with its Secret Service integration switched on), or use PAYSTACK_SECRET_KEY for this shell, or store the key in a plain file: paystack-setup key set --plain-file",
		KeystoreLocked:           "The system keyring is locked, or it has no default collection, or the unlock prompt was closed. Unlock it (for GNOME: open \"Passwords and Keys\" and unlock \"Login\"; make sure a default keyring exists) and try again.",
		KeystoreTimeout:          "The system keyring did not answer within %s. If it asked for your keyring password, that window may be hidden behind others: unlock the keyring and try again. For more time, set PAYSTACK_SETUP_KEYRING_TIMEOUT (for example 120s).",
		KeystoreCanceled:         "Stopped before the system keyring answered. Nothing was changed by paystack-setup.",
		KeystoreTooBig:           "The system keyring refused the key because it is too large. A Paystack secret key is short: check that only the key was pasted, then try again.",
		KeystoreNotFound:         "No secret key is stored for profile %s. Store it with: paystack-setup key set",
		KeystoreReadBack:         "The system keyring accepted the key but gave back something different when read again, so it cannot be trusted to keep it. Try again; if it repeats, use another keyring, PAYSTACK_SECRET_KEY for this shell, or store the key in a plain file: paystack-setup key set --plain-file",
		KeystoreStoredInvalid:    "What is stored for profile %s is not a Paystack secret key. Store the key again with: paystack-setup key set",
		KeystoreEnvInvalid:       "PAYSTACK_SECRET_KEY is set but is not a Paystack secret key. Fix it, or remove it with `unset PAYSTACK_SECRET_KEY` to use the stored key.",
		KeystoreFileFailed:       "The key file %s cannot be read or written. Check that you own it and its folder (ls -l), then try again.",
		KeystoreFileNotRegular:   "%s is not an ordinary file: a link, folder, pipe or device is there instead, so it was not read. Store the key again with paystack-setup key set, which replaces it; or see what it is with ls -l and remove it.",
		KeystoreFileTooBig:       "%s is longer than any key file (over %d bytes), so it was not read. Store the key again with paystack-setup key set, which replaces it; or remove it.",
		KeystoreKeyringFailed:    "The system keyring refused the request. Check that your keyring (GNOME Keyring, KWallet, KeePassXC, Keychain or Windows Credential Manager) is running and unlocked, then try again; or use PAYSTACK_SECRET_KEY for this shell, or store the key in a plain file: paystack-setup key set --plain-file",
		KeystoreChoiceRetry:      "Fix the keyring as described above, then try again",
		KeystoreChoiceEnv:        "Use the key for this shell only (PAYSTACK_SECRET_KEY), without storing it",
		KeystoreChoicePlainFile:  "Store the key unencrypted in a plain file that only your user can read",
		KeystoreEnvInstructions:  "Nothing was stored. In this shell, run the line below, paste the key when the cursor waits (it is not shown), and press Enter:\n\n  %s\n\nThen run paystack-setup again from the same shell. The key is forgotten when the shell closes.",
		KeystorePlainFileWarning: "The key will be saved UNENCRYPTED in %s (readable only by your user). Anyone who gets this file, through a backup or a shared account, can use your Paystack account. paystack-setup will remind you of it on every audit. Type %s to agree.",
		KeystoreConfirmWord:      "plain-file",
		KeystoreModeTest:         "test mode",
		KeystoreModeLive:         "live mode",
		KeystoreModeChanged:      "Note: profile %s was set up in %s, and this key is for %s. Paystack keeps a separate subaccount, IP whitelist and webhook URL for each mode, so run paystack-setup to set them up again; or keep the modes apart with a profile of their own: paystack-setup --profile %s key set",
		KeystoreBadTimeout:       "PAYSTACK_SETUP_KEYRING_TIMEOUT=%q is not a duration such as 90s or 2m; using the default of %s.",

		KeystoreSummary: "store, show or delete your Paystack secret key",
		KeystoreHelp: `Keep your Paystack secret key in the system keyring.

Usage:
  paystack-setup key set [--stdin] [--plain-file]
  paystack-setup key show
  paystack-setup key delete [--yes]

  key set       asks for the key without showing it, checks its format, stores
                it in the system keyring and reads it back.
    --stdin       read the key from standard input, for scripts
    --plain-file  store it unencrypted in a 0600 file instead of the keyring
  key show      the key, masked, its mode and where it is stored
  key delete    remove the key from the keyring and the plain file
    --yes         do not ask (needed without a terminal)

Never put the key on the command line: shells save it in their history.
PAYSTACK_SECRET_KEY, when set, is used instead of the stored key and is never
written anywhere. PAYSTACK_SETUP_KEYRING_TIMEOUT sets how long to wait for the
keyring (default 60s).

Examples:
  paystack-setup key set
  paystack-setup --profile shop key set --stdin < key.txt
  paystack-setup key show
  paystack-setup key delete --yes

Exit codes: 0 done · 1 the keyring or file failed, or no key is stored ·
2 usage · 130 stopped (ctrl+c, kill, the terminal closed)`,
		KeystoreUnknownSub:             "Unknown key command %q: use key set, key show or key delete.",
		KeystoreSetPrompt:              "Paste your Paystack secret key (sk_test_… or sk_live_…), then press Enter. It is not shown: ",
		KeystoreSetNeedStdin:           "There is no terminal to type the key into. In a script, pipe it in: paystack-setup key set --stdin < key.txt",
		KeystoreKeyOnCommandLine:       "Do not put the secret key on the command line: your shell saves it in its history and other programs can see it in the process list. Run `paystack-setup key set` and paste it at the hidden prompt, or pipe it in with --stdin. If this key was live, consider rolling it on the Paystack dashboard (Settings → API Keys & Webhooks).",
		KeystorePastedOutsideKeyStep:   "That looked like your Paystack secret key, so it was not used here. The key belongs only in step 2 (the secret key); nothing else asks for it. Copy the right text and try again.",
		KeystoreSetNoArgs:              "key set takes no arguments. Run `paystack-setup key set` and paste the key at the hidden prompt, or pipe it in with --stdin.",
		KeystoreStdinEmpty:             "Nothing arrived on standard input. Pipe the key in: paystack-setup key set --stdin < key.txt",
		KeystoreStdinUnreadable:        "Standard input could not be read. Pipe the key in from a file: paystack-setup key set --stdin < key.txt",
		KeystoreStored:                 "Stored %s (%s) in the system keyring for profile %s.",
		KeystoreStoredFile:             "Stored %s (%s) for profile %s in the plain file %s",
		KeystorePlainRemoved:           "Removed the unencrypted copy %s: the key is in the keyring now.",
		KeystoreEnvOverrides:           "Note: PAYSTACK_SECRET_KEY is set in this shell, so it is used instead of the stored key until you run `unset PAYSTACK_SECRET_KEY`.",
		KeystoreChoiceHeader:           "The key was not stored. You can:",
		KeystoreChoicePrompt:           "Type 1, 2 or 3 (Enter cancels): ",
		KeystoreNotStored:              "The key was not stored.",
		KeystoreConfirmPrompt:          "Confirmation: ",
		KeystoreOptionsCommands:        "What you can do:\n  1. Fix the keyring as described above, then run again: paystack-setup key set --stdin\n  2. Use the key for this shell only, without storing it:\n       %s\n  3. Store it unencrypted in a plain file (0600) in your config folder:\n       paystack-setup key set --stdin --plain-file",
		KeystoreShowKey:                "Key:      %s (%s)",
		KeystoreShowProfile:            "Profile:  %s",
		KeystoreShowKeyring:            "Stored:   system keyring (service %s)",
		KeystoreShowEnv:                "Stored:   not stored: environment variable PAYSTACK_SECRET_KEY, this shell only (it overrides any stored key)",
		KeystoreShowFile:               "Stored:   plain file, NOT encrypted: %s",
		KeystoreShowFileWarning:        "Warning: anyone who can read this file can use your Paystack account. When your keyring works, move the key into it with: paystack-setup key set",
		KeystoreShowFileProblem:        "Warning: %s %s",
		KeystoreShowConsent:            "You chose the plain file on %s.",
		KeystoreDeleteConfirm:          "Delete the stored secret key of profile %s? Type y to delete: ",
		KeystoreDeleteNeedYes:          "There is no terminal to confirm on. To delete without asking: paystack-setup key delete --yes",
		KeystoreDeleteCanceled:         "Nothing was deleted.",
		KeystoreDeletedKeyring:         "Removed the key of profile %s from the system keyring.",
		KeystoreDeletedFile:            "Removed the plain file %s.",
		KeystoreDeletedNothing:         "No key was stored for profile %s; nothing to remove.",
		KeystoreDeleteEnvKept:          "PAYSTACK_SECRET_KEY in this shell is not affected; remove it with: unset PAYSTACK_SECRET_KEY",
		KeystoreDeleteKeyringUnchecked: "The system keyring cannot be reached from here, so it was not checked for a copy of the key stored there earlier. If you ever stored the key of profile %s in the keyring, check where the keyring works (your desktop session) with paystack-setup key show, and remove it there with paystack-setup key delete.",
	})
}
