package money

import (
	"math"
	"testing"
)

func TestMajor(t *testing.T) {
	cases := []struct {
		minor int64
		sep   string
		want  string
	}{
		{500000, "", "5000.00"},
		{500000, ",", "5,000.00"},
		{4999, "", "49.99"},
		{5, "", "0.05"},
		{0, ",", "0.00"},
		{123456789, ",", "1,234,567.89"},
		{-150, "", "-1.50"},
		{math.MinInt64, "", "-92233720368547758.08"},
	}
	for _, c := range cases {
		if got := Major(c.minor, c.sep); got != c.want {
			t.Errorf("Major(%d, %q) = %q, want %q", c.minor, c.sep, got, c.want)
		}
	}
}
