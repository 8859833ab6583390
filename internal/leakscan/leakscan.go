// Package leakscan searches files for a secret key, whole or in part.
//
//	hits, err := leakscan.Scan([]string{key}, []string{captureDir})
//
// A hit is the whole key, any 12 consecutive characters of a known key, or
// anything shaped like a full Paystack secret key (so that a leak of a key the
// scan was not told about is still caught). Tests and scripts/test use it on
// everything the product printed or wrote.
package leakscan

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
)

// Window is how many consecutive characters of a key count as a leak.
const Window = 12

var fullKey = regexp.MustCompile(`sk_(test|live)_[A-Za-z0-9]{40}`)

// Hit is one leak found.
type Hit struct {
	Path   string
	Offset int
	What   string // "full key", "12-character part of a key", "a Paystack secret key"
}

func (h Hit) String() string { return fmt.Sprintf("%s:%d: %s", h.Path, h.Offset, h.What) }

// Bytes reports the leaks in one buffer; path only labels the hits.
func Bytes(keys []string, path string, data []byte) []Hit {
	var hits []Hit
	for _, key := range keys {
		if len(key) == 0 {
			continue
		}
		if i := bytes.Index(data, []byte(key)); i >= 0 {
			hits = append(hits, Hit{path, i, "full key"})
			continue
		}
		for start := 0; start+Window <= len(key); start++ {
			part := key[start : start+Window]
			if i := bytes.Index(data, []byte(part)); i >= 0 {
				hits = append(hits, Hit{path, i, "12-character part of a key"})
				break
			}
		}
	}
	if len(hits) == 0 {
		if loc := fullKey.FindIndex(data); loc != nil {
			hits = append(hits, Hit{path, loc[0], "a Paystack secret key"})
		}
	}
	return hits
}

// Scan walks every regular file under roots (a root may be a file) and
// reports every leak. A missing root is not an error: a scenario that wrote
// nothing leaked nothing.
func Scan(keys []string, roots []string) ([]Hit, error) {
	var hits []Hit
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) {
					return nil
				}
				return err
			}
			if !d.Type().IsRegular() {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			hits = append(hits, Bytes(keys, path, data)...)
			return nil
		})
		if err != nil {
			return hits, err
		}
	}
	return hits, nil
}
