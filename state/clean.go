package state

import (
	"reflect"

	"paystack-setup/internal/safetext"
)

// cleanStrings makes every string of a loaded state (map keys included) one
// line of printable text. The file may have been written by hand or by an
// older release that kept names as typed, escape sequences and all, and the
// wizard draws these strings inside its screens, where they cannot be cleaned
// any more without also removing the screens' own styling. Walking the value
// rather than naming fields keeps a field added later from being missed.
func cleanStrings(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(safetext.Line(v.String()))
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			cleanStrings(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				cleanStrings(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			cleanStrings(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		cleaned := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			k := reflect.New(v.Type().Key()).Elem()
			k.Set(iter.Key())
			cleanStrings(k)
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(iter.Value())
			cleanStrings(e)
			cleaned.SetMapIndex(k, e)
		}
		v.Set(cleaned)
	}
}
