package grow

import "testing"

// A list told its total holds exactly that many once full, grows by at
// most four times at once when the total is wrong, and keeps its items.
func TestTowardGrowsToTheTotalNotPastIt(t *testing.T) {
	var s []int
	for page := range 500 {
		s = Toward(s, 100, 50008)
		for i := range 100 {
			s = append(s, page*100+i)
		}
		if page == 499 {
			s = Toward(s, 8, 50008)
			s = append(s, make([]int, 8)...)
		}
	}
	if len(s) != 50008 || cap(s) != 50008 {
		t.Fatalf("len %d cap %d, want both 50008", len(s), cap(s))
	}
	for i := range 50000 {
		if s[i] != i {
			t.Fatalf("item %d is %d", i, s[i])
		}
	}
	lied := Toward([]int(nil), 100, 1_000_000)
	if cap(lied) > 400 {
		t.Errorf("a total of a million reserved %d for the first page of 100", cap(lied))
	}
}
