package checks

import (
	"fmt"
	"os"
	"strings"

	"paystack-setup/keystore"
	"paystack-setup/msg"
)

func storageChecks(s *snapshot) []Result {
	return []Result{storageKey(s), storageStateFile(s)}
}

func storageKey(s *snapshot) Result {
	title := t(msg.ChkStorageKeyTitle)
	if !s.keyOK {
		return result("storage.key", Skip, StepKey, title, t(msg.ChkSkippedNoKey), Text{})
	}
	switch {
	case s.in.Demo:
		return result("storage.key", Pass, StepKey, title, t(msg.ChkStorageDemo), Text{})
	case s.in.KeyUnstored:
		// Fine for this run, but the next audit will find no key at all.
		return result("storage.key", Warn, StepKey, title, t(msg.ChkStorageUnstored), t(msg.ChkStorageUnstoredFix, keystore.EnvKey))
	case s.in.KeySource == keystore.SourceFile:
		path, when := "?", "?"
		if c := s.in.PlainFile; c != nil {
			path = c.Path
			if !c.At.IsZero() {
				when = c.At.UTC().Format("2006-01-02")
			}
		}
		if path == "?" && !s.in.State.PlainFileConsentAt.IsZero() {
			when = s.in.State.PlainFileConsentAt.UTC().Format("2006-01-02")
		}
		if perm := s.keyFileMode; perm&0o077 != 0 {
			// The state file gets the same test, and it holds no secret.
			return result("storage.key", Fail, StepKey, title,
				t(msg.ChkStoragePlainFileOpen, path, fmt.Sprintf("%04o", uint32(perm))), t(msg.ChkStorageStateFix, shellQuote(path)))
		}
		return result("storage.key", Warn, StepKey, title, t(msg.ChkStoragePlainFile, path, when), t(msg.ChkStoragePlainFileFix))
	case s.in.KeySource == keystore.SourceEnv:
		return result("storage.key", Pass, StepKey, title, t(msg.ChkStorageEnv, keystore.EnvKey), Text{})
	default:
		return result("storage.key", Pass, StepKey, title, t(msg.ChkStorageKeyring), Text{})
	}
}

// plainKeyFileMode looks at the plain key file the consent names: a copy or
// a chmod after `key set` can leave it readable by others, and `key show` is
// not where a merchant would notice.
func plainKeyFileMode(in Input) os.FileMode {
	if in.KeySource != keystore.SourceFile || in.PlainFile == nil || in.PlainFile.Path == "" {
		return 0
	}
	fi, err := os.Stat(in.PlainFile.Path)
	if err != nil {
		return 0
	}
	return fi.Mode().Perm()
}

func storageStateFile(s *snapshot) Result {
	title := t(msg.ChkStorageStateTitle)
	mode := s.in.StateFileMode
	if mode == 0 {
		return result("storage.state_file", Skip, StepWelcome, title, t(msg.ChkStorageNoState), Text{})
	}
	perm := fmt.Sprintf("%04o", uint32(mode.Perm()))
	if mode.Perm()&0o077 != 0 {
		return result("storage.state_file", Fail, StepWelcome, title, t(msg.ChkStorageStateOpen, s.in.StatePath, perm), t(msg.ChkStorageStateFix, shellQuote(s.in.StatePath)))
	}
	return result("storage.state_file", Pass, StepWelcome, title, t(msg.ChkStorageStateOK, s.in.StatePath, perm), Text{})
}

// shellQuote makes a path safe to paste into a shell, for the chmod fix.
func shellQuote(p string) string {
	safe := p != ""
	for _, r := range p {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("/._-+:@,", r)) {
			safe = false
			break
		}
	}
	if safe {
		return p
	}
	return "'" + strings.ReplaceAll(p, "'", `'\''`) + "'"
}
