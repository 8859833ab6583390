package msg

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// The pseudo-locale (en-XA) is English with accented letters, about 35%
// longer and in brackets: "[Ŝţéééþ 1 öƒ 8]". A plain English sentence on an
// en-XA screen did not come from the catalog; a layout that breaks under it
// breaks in a longer language. What a merchant types or copies stays as it
// is, so the product stays usable: printf verbs, `code`, URLs, flags,
// commands after paystack-setup, names with digits, dots, slashes or
// underscores, words in capitals (NGN, HOME) and single letters (keys).

// expansion is how much longer a pseudo text is than its English, brackets
// included: about what German or Hindi add.
const expansion = 0.35

var accented = map[rune]rune{
	'a': 'á', 'b': 'ƀ', 'c': 'ç', 'd': 'ð', 'e': 'é', 'f': 'ƒ', 'g': 'ĝ', 'h': 'ĥ', 'i': 'î', 'j': 'ĵ',
	'k': 'ķ', 'l': 'ļ', 'm': 'ɱ', 'n': 'ñ', 'o': 'ö', 'p': 'þ', 'q': 'ǫ', 'r': 'ŕ', 's': 'š', 't': 'ţ',
	'u': 'û', 'v': 'ṽ', 'w': 'ŵ', 'x': 'ẋ', 'y': 'ý', 'z': 'ž',
	'A': 'Å', 'B': 'Ɓ', 'C': 'Ç', 'D': 'Ð', 'E': 'É', 'F': 'Ƒ', 'G': 'Ĝ', 'H': 'Ĥ', 'I': 'Î', 'J': 'Ĵ',
	'K': 'Ķ', 'L': 'Ļ', 'M': 'Ṁ', 'N': 'Ñ', 'O': 'Ö', 'P': 'Þ', 'Q': 'Ǫ', 'R': 'Ŕ', 'S': 'Š', 'T': 'Ţ',
	'U': 'Û', 'V': 'Ṽ', 'W': 'Ŵ', 'X': 'Ẋ', 'Y': 'Ý', 'Z': 'Ž',
}

// commandWords are the words of paystack-setup's commands, kept as typed
// after "paystack-setup" and at the start of a help table's row.
var commandWords = map[string]bool{
	"audit": true, "key": true, "set": true, "show": true, "delete": true,
	"profiles": true, "list": true, "sandbox": true, "help": true, "wizard": true,
	"subaccount": true, "use": true, "create": true,
	"completion": true, "bash": true, "zsh": true, "fish": true, "powershell": true,
}

func pseudoMessages(en []*i18n.Message) []*i18n.Message {
	out := make([]*i18n.Message, len(en))
	for i, m := range en {
		out[i] = &i18n.Message{ID: m.ID, Zero: pseudo(m.Zero), One: pseudo(m.One), Two: pseudo(m.Two),
			Few: pseudo(m.Few), Many: pseudo(m.Many), Other: pseudo(m.Other)}
	}
	return out
}

// kept are spans copied as they are, found before the text is cut into words.
var kept = regexp.MustCompile("`[^`]*`|https?://[^\\s]*[^\\s.,;:!?)\\]\"']")

var printfVerb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?(\[\d+\])?[a-zA-Z%]`)

// pseudo makes one text's en-XA form; a text with no word to change (a lone
// "%s") stays as it is.
func pseudo(s string) string {
	if s == "" {
		return ""
	}
	p := &pseudoText{}
	last := 0
	for _, loc := range kept.FindAllStringIndex(s, -1) {
		p.words(s[last:loc[0]])
		p.keep(s[loc[0]:loc[1]])
		last = loc[1]
	}
	p.words(s[last:])
	if p.changed == 0 {
		return s
	}
	p.lengthen(int(math.Round(expansion*float64(utf8.RuneCountInString(s)))) - 2)
	body := string(p.out)
	lead := len(body) - len(strings.TrimLeftFunc(body, unicode.IsSpace))
	trail := len(strings.TrimRightFunc(body, unicode.IsSpace))
	return body[:lead] + "[" + body[lead:trail] + "]" + body[trail:]
}

type pseudoText struct {
	out     []rune
	vowels  []int // indexes in out of changed vowels, then of other changed letters
	others  []int
	changed int
	chain   bool // inside a command after "paystack-setup"
	flag    bool // the previous word was a flag, so this one may be its value
}

func (p *pseudoText) keep(s string) {
	p.out = append(p.out, []rune(s)...)
}

// words handles text between kept spans, word by word.
func (p *pseudoText) words(s string) {
	for s != "" {
		i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) })
		if i < 0 {
			p.keep(s)
			return
		}
		space := s[:i]
		p.keep(space)
		s = s[i:]
		j := strings.IndexFunc(s, unicode.IsSpace)
		if j < 0 {
			j = len(s)
		}
		word := s[:j]
		s = s[j:]
		rowStart := strings.Contains(space, "\n  ") || (len(p.out) == len([]rune(space)) && strings.HasPrefix(space, "  "))
		if strings.Contains(space, "  ") && !rowStart {
			p.chain, p.flag = false, false // a help table's next column
		}
		if p.code(word, rowStart) {
			p.keep(word)
			continue
		}
		p.accent(word)
	}
}

// code reports a word to keep as typed, and follows commands along.
func (p *pseudoText) code(word string, rowStart bool) bool {
	bare := strings.Trim(word, `.,;:!?()"'`)
	ends := strings.ContainsAny(word[len(word)-1:], ".,;:!?)")
	if bare == "" {
		return false
	}
	isFlag := strings.HasPrefix(bare, "-") && len(bare) > 1
	codeLike := isFlag || strings.ContainsAny(bare, "_/.@=|$<>+~\\{}[]#*0123456789-") ||
		utf8.RuneCountInString(bare) == 1 || allCaps(bare)
	inCommand := commandWords[bare] && (p.chain || rowStart)
	value := p.flag && strings.ToLower(bare) == bare && !strings.ContainsAny(word[:1], `("'`)
	p.flag = isFlag
	switch {
	case bare == "paystack-setup" || inCommand || (p.chain && (codeLike || value)):
		p.chain = !ends
		return true
	case codeLike:
		p.chain = false
		return true
	}
	p.chain = false
	return false
}

func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// accent changes the letters of a word, leaving its printf verbs alone.
func (p *pseudoText) accent(word string) {
	last := 0
	for _, loc := range printfVerb.FindAllStringIndex(word, -1) {
		p.letters(word[last:loc[0]])
		p.keep(word[loc[0]:loc[1]])
		last = loc[1]
	}
	p.letters(word[last:])
}

func (p *pseudoText) letters(s string) {
	for _, r := range s {
		a, ok := accented[r]
		if !ok {
			p.out = append(p.out, r)
			continue
		}
		if strings.ContainsRune("aeiouAEIOU", r) {
			p.vowels = append(p.vowels, len(p.out))
		} else {
			p.others = append(p.others, len(p.out))
		}
		p.out = append(p.out, a)
		p.changed++
	}
}

// lengthen doubles changed letters, vowels first, spread evenly over the
// text, so that every line grows as a translation's would.
func (p *pseudoText) lengthen(extra int) {
	if extra <= 0 {
		return
	}
	double := map[int]int{}
	for _, pool := range [][]int{p.vowels, p.others} {
		take := min(extra, len(pool))
		for k := range take {
			double[pool[k*len(pool)/take]]++
		}
		extra -= take
	}
	for k := 0; extra > 0 && len(p.vowels)+len(p.others) > 0; k++ {
		all := append(append([]int(nil), p.vowels...), p.others...)
		double[all[k%len(all)]]++
		extra--
	}
	out := make([]rune, 0, len(p.out)+len(double))
	for i, r := range p.out {
		out = append(out, r)
		for range double[i] {
			out = append(out, r)
		}
	}
	p.out = out
}

// PlainEnglish returns the first run of three or more plain English words in
// s, with at least one in lower case, or "". Under en-XA every catalog
// sentence is accented, so such a run is a sentence that bypassed the
// catalog. Runs of capitalised words are names (a bank, a business), and
// command words and words in capitals (NGN, GHS) are kept as typed.
func PlainEnglish(s string) string {
	var run []string
	lower := false
	for _, w := range strings.Fields(s) {
		bare := strings.Trim(w, `,.:;!?()"'`)
		if !plainWord.MatchString(w) || commandWords[bare] || allCaps(bare) {
			run, lower = nil, false
			continue
		}
		run = append(run, w)
		lower = lower || unicode.IsLower([]rune(bare)[0])
		if len(run) >= 3 && lower {
			return strings.Join(run, " ")
		}
	}
	return ""
}

var plainWord = regexp.MustCompile(`^[("']?[A-Za-z]{2,}[,.:;!?)"']*$`)
