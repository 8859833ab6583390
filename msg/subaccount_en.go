package msg

// The long filterable list (ui/list), whose first user is the subaccount step.
const (
	ListKeyUp          ID = "subaccount.list_key_up"
	ListKeyDown        ID = "subaccount.list_key_down"
	ListKeyPageUp      ID = "subaccount.list_key_page_up"
	ListKeyPageDown    ID = "subaccount.list_key_page_down"
	ListKeyHome        ID = "subaccount.list_key_home"
	ListKeyEnd         ID = "subaccount.list_key_end"
	ListKeySelect      ID = "subaccount.list_key_select"
	ListKeyClear       ID = "subaccount.list_key_clear"
	ListFilterPrompt   ID = "subaccount.list_filter_prompt"
	ListNothingMatches ID = "subaccount.list_nothing_matches"
	ListCount          ID = "subaccount.list_count"
	ListLoadingOf      ID = "subaccount.list_loading_of"
	ListLoading        ID = "subaccount.list_loading"
)

func init() {
	Register(English, map[ID]string{
		ListKeyUp:          "up",
		ListKeyDown:        "down",
		ListKeyPageUp:      "page up",
		ListKeyPageDown:    "page down",
		ListKeyHome:        "first",
		ListKeyEnd:         "last",
		ListKeySelect:      "choose",
		ListKeyClear:       "clear filter",
		ListFilterPrompt:   "Type to filter: %s",
		ListNothingMatches: "Nothing matches '%s'. Press esc to clear the filter.",
		ListCount:          "%s of %s shown",
		ListLoadingOf:      "loading %s of %s…",
		ListLoading:        "loading…",
	})
}
