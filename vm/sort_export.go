package vm

// SortValues returns items sorted stably by key (nil or None for the items themselves), as
// sorted() does, for Go modules that must order values the way Python does (json's
// sort_keys, pprint's sorted dicts).
func SortValues(th *Thread, items []Value, key Value, reverse bool) ([]Value, error) {
	return sortValues(th, items, key, reverse)
}
