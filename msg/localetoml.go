package msg

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// unmarshalLocale reads a locale file for go-i18n. The files use a small
// part of TOML (comments, dotted bare keys, basic and multi-line basic
// strings), which readLocale parses in a fraction of the time the full
// parser takes: parsing English was over half of what `--version` and the
// wizard's first frame cost. Anything outside that part is left to the
// full parser, which then says what is wrong; TestLocaleReaderAgrees holds
// the two to the same result on every locale file.
func unmarshalLocale(data []byte, v any) error {
	if out, ok := v.(*any); ok {
		if m, err := readLocale(string(data)); err == nil {
			*out = m
			return nil
		}
	}
	return toml.Unmarshal(data, v)
}

var errNotLocaleTOML = errors.New("outside the locale files' TOML")

// parseLocale reads a locale file into go-i18n's messages. What readLocale
// reads, in the shapes the locale files use (a text, or a table of plural
// forms), becomes messages here directly: go-i18n's own walk of the same
// tables took as long again as reading them, on the way to every first
// frame. Anything else is left to go-i18n, which knows every shape;
// TestLocaleMessagesAgree holds the two to the same messages.
func parseLocale(buf []byte) ([]*i18n.Message, error) {
	if root, err := readLocale(string(buf)); err == nil {
		if messages, ok := messagesOf(root, "", nil); ok {
			return messages, nil
		}
	}
	return i18n.ParseMessageBytes(buf, unmarshalLocale)
}

// messagesOf appends the messages of a table whose path is prefix, or
// reports false for a shape it leaves to go-i18n: a key go-i18n reserves
// (id, description, hash, the delimiters, a plural form) beside anything
// but plural forms, or in any other case than theirs.
func messagesOf(table map[string]any, prefix string, out []*i18n.Message) ([]*i18n.Message, bool) {
	if isMessageTable(table) {
		if prefix == "" {
			return nil, false
		}
		m := &i18n.Message{ID: prefix}
		for name, v := range table {
			text, ok := v.(string)
			if !ok {
				return nil, false
			}
			switch Form(name) {
			case Zero:
				m.Zero = text
			case One:
				m.One = text
			case Two:
				m.Two = text
			case Few:
				m.Few = text
			case Many:
				m.Many = text
			case Other:
				m.Other = text
			default:
				return nil, false
			}
		}
		return append(out, m), true
	}
	for name, v := range table {
		id := name
		if prefix != "" {
			id = prefix + "." + name
		}
		switch v := v.(type) {
		case string:
			out = append(out, &i18n.Message{ID: id, Other: v})
		case map[string]any:
			var ok bool
			if out, ok = messagesOf(v, id, out); !ok {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	return out, true
}

// isMessageTable: go-i18n takes a table holding any key it reserves for a
// message, in any case, for one message.
func isMessageTable(table map[string]any) bool {
	for name := range table {
		switch strings.ToLower(name) {
		case "id", "description", "hash", "leftdelim", "rightdelim", "zero", "one", "two", "few", "many", "other":
			return true
		}
	}
	return false
}

// readLocale parses data as the full parser would, or fails.
func readLocale(data string) (map[string]any, error) {
	root := map[string]any{}
	for rest := data; rest != ""; {
		raw, after, broken := strings.Cut(rest, "\n")
		rest = after
		line := strings.TrimSpace(raw)
		if line == "" || line[0] == '#' {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return nil, errNotLocaleTOML
		}
		path := strings.Split(strings.TrimSpace(key), ".")
		value = strings.TrimLeft(value, " \t")
		var text string
		var err error
		if body, ok := strings.CutPrefix(value, `"""`); ok {
			// The string runs on over the next lines up to its closing
			// quotes. Where its first line ends the line, the text from there
			// on stands in data as it is: joining it again would copy the
			// rest of the file for every such string (most of the reader's
			// time, on the way to the wizard's first frame).
			var from string
			if broken && strings.HasSuffix(raw, body) {
				from = data[len(data)-len(rest)-1-len(body):]
			} else {
				from = body + "\n" + rest
			}
			text, rest, err = multiline(from)
		} else {
			text, err = basicLine(value)
		}
		if err != nil {
			return nil, err
		}
		if err := set(root, path, text); err != nil {
			return nil, err
		}
	}
	return root, nil
}

func set(root map[string]any, path []string, text string) error {
	table := root
	for i, name := range path {
		if !bareKey(name) {
			return errNotLocaleTOML
		}
		if i == len(path)-1 {
			if _, taken := table[name]; taken {
				return errNotLocaleTOML
			}
			table[name] = text
			return nil
		}
		next, exists := table[name]
		if !exists {
			next = map[string]any{}
			table[name] = next
		}
		sub, ok := next.(map[string]any)
		if !ok {
			return errNotLocaleTOML
		}
		table = sub
	}
	return nil
}

func bareKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// literal reports that s stands for itself inside a string: no escape and
// no control character but a tab (or, multiline, a line break).
func literal(s string, multiline bool) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\\' || c == 0x7f || c < 0x20 && c != '\t' && !(multiline && c == '\n') {
			return false
		}
	}
	return true
}

// onlyComment reports that what follows a string on its line is blank or a
// comment, as TOML allows.
func onlyComment(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || s[0] == '#'
}

// basicLine is a one-line "string", with nothing but a comment after it.
func basicLine(value string) (string, error) {
	if !strings.HasPrefix(value, `"`) {
		return "", errNotLocaleTOML
	}
	// Most strings hold no escape: they are their own bytes, with no
	// builder to grow one byte at a time (most of the reader's time).
	if end := strings.IndexByte(value[1:], '"'); end >= 0 && literal(value[1:1+end], false) {
		if !onlyComment(value[2+end:]) {
			return "", errNotLocaleTOML
		}
		return value[1 : 1+end], nil
	}
	var b strings.Builder
	for i := 1; i < len(value); i++ {
		switch c := value[i]; c {
		case '"':
			if !onlyComment(value[i+1:]) {
				return "", errNotLocaleTOML
			}
			return b.String(), nil
		case '\\':
			n, err := escape(&b, value[i+1:])
			if err != nil {
				return "", err
			}
			i += n
		default:
			if c < 0x20 && c != '\t' || c == 0x7f {
				return "", errNotLocaleTOML
			}
			b.WriteByte(c)
		}
	}
	return "", errNotLocaleTOML
}

// multiline is a """string""" from just after its opening quotes; it
// returns the text and what follows the line it ends on.
func multiline(s string) (text, rest string, err error) {
	s = strings.TrimPrefix(s, "\n") // a line break right after """ is not part of it
	if end := strings.Index(s, `"""`); end >= 0 && !strings.HasPrefix(s[end+3:], `"`) && literal(s[:end], true) {
		line, rest, _ := strings.Cut(s[end+3:], "\n")
		if !onlyComment(line) {
			return "", "", errNotLocaleTOML
		}
		return s[:end], rest, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			q := len(s[i:]) - len(strings.TrimLeft(s[i:], `"`))
			if q < 3 {
				b.WriteString(s[i : i+q])
				i += q - 1
				continue
			}
			if q > 5 {
				return "", "", errNotLocaleTOML
			}
			// Up to two quotes may come right before the closing three.
			b.WriteString(s[i : i+q-3])
			line, rest, _ := strings.Cut(s[i+q:], "\n")
			if !onlyComment(line) {
				return "", "", errNotLocaleTOML
			}
			return b.String(), rest, nil
		case '\\':
			if trimmed := strings.TrimLeft(s[i+1:], " \t"); strings.HasPrefix(trimmed, "\n") {
				// A backslash ending a line joins it to the next text.
				i = len(s) - len(strings.TrimLeft(trimmed, " \t\n")) - 1
				continue
			}
			n, err := escape(&b, s[i+1:])
			if err != nil {
				return "", "", err
			}
			i += n
		default:
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
				return "", "", errNotLocaleTOML
			}
			b.WriteByte(c)
		}
	}
	return "", "", errNotLocaleTOML
}

// escape writes what the escape at the start of s (after its backslash)
// stands for and says how many bytes it took.
func escape(b *strings.Builder, s string) (int, error) {
	if s == "" {
		return 0, errNotLocaleTOML
	}
	simple := map[byte]byte{'"': '"', '\\': '\\', 'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f'}
	if r, ok := simple[s[0]]; ok {
		b.WriteByte(r)
		return 1, nil
	}
	size := map[byte]int{'u': 4, 'U': 8}[s[0]]
	if size == 0 || len(s) < 1+size {
		return 0, errNotLocaleTOML
	}
	code, err := strconv.ParseUint(s[1:1+size], 16, 32)
	if err != nil || !utf8.ValidRune(rune(code)) {
		return 0, errNotLocaleTOML
	}
	b.WriteRune(rune(code))
	return 1 + size, nil
}
