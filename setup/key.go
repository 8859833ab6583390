package setup

import (
	"context"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/state"
)

// clientFor is the session's client when k is its key, else a new one.
func (s *Session) clientOf(k paystack.SecretKey) *paystack.Client {
	if k == s.key {
		if c := s.Client(); c != nil {
			return c
		}
	}
	if s.o.NewClient == nil {
		return nil
	}
	return s.o.NewClient(k)
}

// VerifyKey asks Paystack for the balance: the cheapest call that proves the
// key works from this machine, whatever the key's permissions. The error is
// Paystack's, typed (*paystack.Error): KindInvalidKey means "type another".
func (s *Session) VerifyKey(ctx context.Context, k paystack.SecretKey) error {
	s.give(k)
	c := s.clientOf(k)
	if c == nil {
		return ErrNoClient
	}
	_, err := c.Balance(ctx)
	return err
}

// UseKey makes a verified key the session's, recording its mode and where it
// lives (src). A key kept from the keyring means no plain file holds it (the
// store reads a plain file first), so an old plain-file consent is dropped.
func (s *Session) UseKey(k paystack.SecretKey, src keystore.Source) {
	s.give(k)
	s.key, s.keySource = k, src
	s.keyReadErr, s.keyUnstored = nil, false
	s.st.Mode = string(k.Mode())
	switch src {
	case keystore.SourceEnv:
		s.st.KeyStorage = state.StorageEnv
	case keystore.SourceFile:
		s.st.KeyStorage = state.StorageFile
	default:
		s.st.KeyStorage = state.StorageKeyring
		s.st.PlainFileConsentAt = time.Time{}
	}
}

// StoreKey puts the key in the keyring and reads it back (keystore.Store.Set,
// which also removes a plain file left from an earlier fallback), then makes
// it the session's. On failure nothing changes; keystore.KeyringUnusable(err)
// says when to offer the fallbacks (keystore.Fallbacks).
func (s *Session) StoreKey(ctx context.Context, k paystack.SecretKey) error {
	if s.o.Keys == nil {
		return ErrNoKeyStore
	}
	if err := s.o.Keys.Set(ctx, s.o.Profile, k); err != nil {
		return err
	}
	s.UseKey(k, keystore.SourceKeyring)
	return nil
}

// PlainFilePath is where StoreKeyInFile would write the key, for the warning
// shown before the merchant types the confirmation word.
func (s *Session) PlainFilePath() string {
	if s.o.Keys == nil {
		return ""
	}
	return s.o.Keys.FilePath(s.o.Profile)
}

// StoreKeyInFile writes the key unencrypted to PlainFilePath, only when
// confirmation is the word the merchant was asked to type
// (keystore.ConfirmsPlainFile), and records that informed choice with its time.
func (s *Session) StoreKeyInFile(k paystack.SecretKey, confirmation string) (path string, err error) {
	if s.o.Keys == nil {
		return "", ErrNoKeyStore
	}
	if !keystore.ConfirmsPlainFile(confirmation) {
		return "", ErrNotConfirmed
	}
	path, err = s.o.Keys.SetFile(s.o.Profile, k)
	if err != nil {
		return path, err
	}
	s.UseKey(k, keystore.SourceFile)
	s.st.PlainFileConsentAt = s.now()
	return path, nil
}

// KeepKeyForThisShell is the "this shell only" fallback: the key is used for
// this run and stored nowhere; the merchant was told how to export
// PAYSTACK_SECRET_KEY for the next one.
func (s *Session) KeepKeyForThisShell(k paystack.SecretKey) {
	s.UseKey(k, keystore.SourceEnv)
	s.keyUnstored = true
}

// KeyPlace says where the session's key lives, without the key, for a
// summary; the zero Text when the session holds no key.
func (s *Session) KeyPlace() msg.Text {
	switch {
	case s.o.Demo:
		// The demo's store is in memory; naming the keyring would send a
		// merchant looking for a key that was never saved.
		return msg.New(msg.StSumKeyDemo)
	case s.keyUnstored:
		return msg.New(msg.StSumKeyMemory)
	case s.key.IsZero():
		return msg.Text{}
	case s.keySource == keystore.SourceEnv:
		return msg.New(msg.StKeyFromEnv)
	case s.keySource == keystore.SourceFile && s.o.Keys != nil:
		return msg.New(msg.StKeyStoredFile, s.PlainFilePath())
	}
	return msg.New(msg.StKeyStoredKeyring)
}
