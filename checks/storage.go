package checks

import (
	"fmt"
	"io/fs"
	"os"
	"strings"

	"paystack-setup/keystore"
	"paystack-setup/msg"
)

// storageChecks look at this computer: where the key is kept and who can
// read the files.
func storageChecks(s *snapshot) []Result {
	return []Result{storageKey(s).by(EvidenceLocal), storageStateFile(s).by(EvidenceLocal)}
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
				when = day(c.At)
			}
		}
		if path == "?" && !s.in.State.PlainFileConsentAt.IsZero() {
			when = day(s.in.State.PlainFileConsentAt)
		}
		// A file that holds the key itself fails where the plain-file choice
		// only warns; the state file gets the same test, and holds no secret.
		if detail, fix, exposed := s.keyFile.problem(path, msg.ChkStoragePlainFileOpen, msg.ChkStoragePlainFileForeign); exposed {
			return result("storage.key", Fail, StepKey, title, detail, fix)
		}
		return result("storage.key", Warn, StepKey, title, t(msg.ChkStoragePlainFile, path, when), t(msg.ChkStoragePlainFileFix))
	case s.in.KeySource == keystore.SourceEnv:
		return result("storage.key", Pass, StepKey, title, t(msg.ChkStorageEnv, keystore.EnvKey), Text{})
	default:
		return result("storage.key", Pass, StepKey, title, t(msg.ChkStorageKeyring), Text{})
	}
}

// fileAccess is who can read and change a file that holds the merchant's
// key or answers.
type fileAccess struct {
	found bool // the file could be looked at
	perm  fs.FileMode
	owner int  // the owner's user id, when other is set
	other bool // the file belongs to another user
}

// accessOf looks at path, following a link as os.Stat does.
func accessOf(path string) fileAccess {
	if path == "" {
		return fileAccess{}
	}
	fi, err := os.Stat(path)
	if err != nil {
		return fileAccess{}
	}
	owner, other := ownedByOther(fi)
	return fileAccess{found: true, perm: fi.Mode().Perm(), owner: owner, other: other}
}

// problem is the one rule for both files: only this user may read it, and it
// must be this user's own. A file of another user's, even 0600, is theirs to
// read and to replace; that is checked first, because its fix (chown) comes
// before the chmod. openID and otherID are the detail messages; each takes the
// path and the permissions or the owner's id.
func (a fileAccess) problem(path string, openID, otherID msg.ID) (detail, fix Text, exposed bool) {
	switch {
	case !a.found:
		return Text{}, Text{}, false
	case a.other:
		return t(otherID, path, a.owner), t(msg.ChkStorageChownFix, shellQuote(path), shellQuote(path)), true
	case a.perm&0o077 != 0:
		return t(openID, path, permText(a.perm)), t(msg.ChkStorageStateFix, shellQuote(path)), true
	}
	return Text{}, Text{}, false
}

func permText(perm fs.FileMode) string { return fmt.Sprintf("%04o", uint32(perm.Perm())) }

// plainKeyFileAccess looks at the plain key file the consent names: a copy, a
// chmod or a run with sudo after `key set` can leave it open to others.
func plainKeyFileAccess(in Input) fileAccess {
	if in.KeySource != keystore.SourceFile || in.PlainFile == nil {
		return fileAccess{}
	}
	return accessOf(in.PlainFile.Path)
}

// PlainKeyFileProblem applies the audit's rule for the plain key file to the
// file at path, for `key show`: exposed when others can read it or it is not
// this user's, with what is wrong and what to do, for the caller to render.
func PlainKeyFileProblem(path string) (detail, fix msg.Text, exposed bool) {
	return accessOf(path).problem(path, msg.ChkStoragePlainFileOpen, msg.ChkStoragePlainFileForeign)
}

func storageStateFile(s *snapshot) Result {
	title := t(msg.ChkStorageStateTitle)
	a := s.stateFile
	if !a.found {
		return result("storage.state_file", Skip, StepWelcome, title, t(msg.ChkStorageNoState), Text{})
	}
	if detail, fix, exposed := a.problem(s.in.StatePath, msg.ChkStorageStateOpen, msg.ChkStorageStateForeign); exposed {
		return result("storage.state_file", Fail, StepWelcome, title, detail, fix)
	}
	return result("storage.state_file", Pass, StepWelcome, title, t(msg.ChkStorageStateOK, s.in.StatePath, permText(a.perm)), Text{})
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
