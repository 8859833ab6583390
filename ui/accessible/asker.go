package accessible

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"paystack-setup/msg"
)

// errBack is "b" typed at a question: back one question.
var errBack = errors.New("back")

// isBack recognises the words that go back one question.
func isBack(answer string) bool {
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "b", "back", "पीछे":
		return true
	}
	return false
}

// asker is what Lines asks through: numbered choices and the search of
// long lists.
type asker interface {
	say(texts ...string)
	// ask reads one answer, trimmed; "b" or "back" comes back as errBack.
	ask(prompt string) (string, error)
	t(id msg.ID, args ...any) string
}

// askDefault is ask where Enter keeps the current answer, which the prompt shows.
func askDefault(a asker, prompt, current string) (string, error) {
	if current != "" {
		// Before the colon, so that the question still ends the line.
		base := strings.TrimRight(prompt, " ")
		colon := ""
		for _, c := range []string{":", "：", "?"} {
			if strings.HasSuffix(base, c) {
				base, colon = strings.TrimSuffix(base, c), c
				break
			}
		}
		prompt = base + " " + a.t(msg.AccEnterKeeps, current) + colon
	}
	answer, err := a.ask(prompt)
	if err == nil && answer == "" {
		return current, nil
	}
	return answer, err
}

// choose prints numbered options and returns the chosen index. def (1-based)
// is what Enter picks; 0 means Enter picks nothing. With optional, Enter
// (when def is 0) returns -1.
func choose(a asker, intro string, options []string, def int, optional bool) (int, error) {
	sayChoices(a, intro, options)
	return readChoice(a, len(options), def, optional, nil)
}

// sayChoices says the intro and the numbered options.
func sayChoices(a asker, intro string, options []string) {
	if intro != "" {
		a.say(intro)
	}
	for i, o := range options {
		a.say(fmt.Sprintf("  %d. %s", i+1, o))
	}
}

// readChoice asks for one of n numbered options, as choose does; any word of
// keys[i] (space-separated, as on screen: "d delete") typed alone also takes
// option i, so a text that says "press m for any step" holds here too.
func readChoice(a asker, n, def int, optional bool, keys []string) (int, error) {
	for {
		var prompt string
		switch {
		case def > 0:
			prompt = a.t(msg.AccChooseDefault, n, def)
		case optional:
			prompt = a.t(msg.AccChooseOptional, n)
		default:
			prompt = a.t(msg.AccChoose, n)
		}
		answer, err := a.ask(prompt)
		if err != nil {
			return 0, err
		}
		if answer == "" {
			if def > 0 {
				return def - 1, nil
			}
			if optional {
				return -1, nil
			}
			continue
		}
		for i, k := range keys {
			if slices.ContainsFunc(strings.Fields(k), func(k string) bool { return strings.EqualFold(answer, k) }) {
				return i, nil
			}
		}
		i, err := strconv.Atoi(answer)
		if err == nil && i >= 1 && i <= n {
			return i - 1, nil
		}
		a.say(a.t(msg.AccNotAChoice, answer, n))
	}
}

// spokenMaskIn turns "••••0031" into "ending in 0031" in the language of t:
// a screen reader reads the bullets one by one, and "bullet" says nothing
// about the account.
func spokenMaskIn(t func(msg.ID, ...any) string, text string) string {
	const bullets = "••••"
	var b strings.Builder
	for {
		before, after, found := strings.Cut(text, bullets)
		b.WriteString(before)
		if !found {
			return b.String()
		}
		digits := after
		if i := strings.IndexFunc(after, func(r rune) bool { return r < '0' || r > '9' }); i >= 0 {
			digits = after[:i]
		}
		b.WriteString(t(msg.AccMaskedDigits, digits))
		text = after[len(digits):]
	}
}
