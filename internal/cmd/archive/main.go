// Command archive packs a release folder into the archive merchants
// download, the same bytes on every machine: entries in name order, one fixed
// time (the commit's), no owner names, modes from the executable bit only.
// GNU tar, BSD tar and zip each need different flags for that, and some
// machines have no zip at all, so scripts/release uses this instead.
//
//	archive -mtime UNIXTIME OUT.tar.gz DIR   # DIR's base name is the top folder
//	archive -mtime UNIXTIME OUT.zip DIR
//	archive -list OUT.tar.gz|OUT.zip         # one "mode name" line per entry
package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	mtime := flag.Int64("mtime", 0, "time of every entry, in seconds since 1970 (scripts/release: the commit time)")
	list := flag.Bool("list", false, "list an archive's entries instead of writing one")
	flag.Parse()
	var err error
	switch {
	case *list && flag.NArg() == 1:
		err = listArchive(os.Stdout, flag.Arg(0))
	case !*list && flag.NArg() == 2:
		err = writeArchive(flag.Arg(0), flag.Arg(1), time.Unix(*mtime, 0).UTC())
	default:
		fmt.Fprintln(os.Stderr, "usage: archive -mtime UNIXTIME OUT.tar.gz|OUT.zip DIR, or archive -list ARCHIVE")
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "archive:", err)
		os.Exit(1)
	}
}

// entry is one file or folder of the archive, by its name inside it.
type entry struct {
	name string // slash-separated, starting with the top folder
	src  string // on disk; "" for a folder
	mode fs.FileMode
}

// entries walks dir in name order (WalkDir sorts), so the archive's order
// does not depend on the file system.
func entries(dir string) ([]entry, error) {
	top := filepath.Base(filepath.Clean(dir))
	var es []entry
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		name := path.Join(top, filepath.ToSlash(rel))
		switch {
		case d.IsDir():
			es = append(es, entry{name: name + "/", mode: fs.ModeDir | 0o755})
		case d.Type().IsRegular():
			info, err := d.Info()
			if err != nil {
				return err
			}
			mode := fs.FileMode(0o644)
			if info.Mode()&0o111 != 0 {
				mode = 0o755
			}
			es = append(es, entry{name: name, src: p, mode: mode})
		default:
			return fmt.Errorf("%s: only files and folders go into a release", p)
		}
		return nil
	})
	return es, err
}

func writeArchive(out, dir string, mtime time.Time) (err error) {
	es, err := entries(dir)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			_ = os.Remove(out)
		}
	}()
	switch {
	case strings.HasSuffix(out, ".tar.gz"):
		return writeTarGz(f, es, mtime)
	case strings.HasSuffix(out, ".zip"):
		return writeZip(f, es, mtime)
	}
	return fmt.Errorf("%s: the name must end in .tar.gz or .zip", out)
}

func writeTarGz(w io.Writer, es []entry, mtime time.Time) error {
	// No name and no time in the gzip header: they would differ per build.
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	tw := tar.NewWriter(gz)
	for _, e := range es {
		h := &tar.Header{Name: e.name, Mode: int64(e.mode.Perm()), ModTime: mtime, Format: tar.FormatPAX}
		if e.src == "" {
			h.Typeflag = tar.TypeDir
		} else {
			h.Typeflag = tar.TypeReg
		}
		if err := addFile(e, func(size int64) (io.Writer, error) {
			h.Size = size
			return tw, tw.WriteHeader(h)
		}); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

func writeZip(w io.Writer, es []entry, mtime time.Time) error {
	zw := zip.NewWriter(w)
	for _, e := range es {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mtime}
		if e.src == "" {
			h.Method = zip.Store
		}
		// Unix modes in the external attributes, so that unzip on macOS or
		// Linux keeps the binary executable; Windows ignores them.
		h.SetMode(e.mode)
		if err := addFile(e, func(int64) (io.Writer, error) { return zw.CreateHeader(h) }); err != nil {
			return err
		}
	}
	return zw.Close()
}

// addFile starts e's entry with begin (given the file's size) and copies the
// file's bytes into it.
func addFile(e entry, begin func(size int64) (io.Writer, error)) error {
	if e.src == "" {
		_, err := begin(0)
		return err
	}
	f, err := os.Open(e.src)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	w, err := begin(info.Size())
	if err != nil {
		return err
	}
	n, err := io.Copy(w, f)
	if err == nil && n != info.Size() {
		err = fmt.Errorf("%s changed while it was being packed", e.src)
	}
	return err
}

func listArchive(w io.Writer, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if strings.HasSuffix(name, ".zip") {
		info, err := f.Stat()
		if err != nil {
			return err
		}
		zr, err := zip.NewReader(f, info.Size())
		if err != nil {
			return err
		}
		for _, zf := range zr.File {
			fmt.Fprintf(w, "%s %s\n", zf.Mode(), zf.Name)
		}
		return nil
	}
	gz, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s %s\n", h.FileInfo().Mode(), h.Name)
	}
}
