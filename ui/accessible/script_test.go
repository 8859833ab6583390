package accessible

import (
	"io"
	"strings"
	"testing"
)

// turn is one expected question and the answer typed to it.
type turn struct {
	want   string // text the question (or what was said just before) must contain
	answer string
}

// script is an in-memory Prompter: it checks that each question is the
// expected one and answers it, and keeps everything shown.
type script struct {
	t       *testing.T
	turns   []turn
	out     strings.Builder
	since   int // where the output since the last answer starts
	secrets []string
}

func (s *script) Say(texts ...string) {
	for _, x := range texts {
		s.out.WriteString(x + "\n")
	}
}

func (s *script) next(prompt string, secret bool) (string, error) {
	s.out.WriteString(prompt + "\n")
	recent := s.out.String()[s.since:]
	s.since = s.out.Len()
	if len(s.turns) == 0 {
		return "", io.EOF
	}
	tn := s.turns[0]
	s.turns = s.turns[1:]
	if !strings.Contains(recent, tn.want) {
		s.t.Fatalf("expected a question about %q before answering %q, got:\n%s", tn.want, tn.answer, recent)
	}
	if secret {
		s.secrets = append(s.secrets, tn.answer)
	}
	return tn.answer, nil
}

func (s *script) Ask(prompt string) (string, error)       { return s.next(prompt, false) }
func (s *script) AskSecret(prompt string) (string, error) { return s.next(prompt, true) }
