package paystack

import (
	"context"
	"sort"
	"strconv"
	"sync"
)

// pageOf is one page of an offset-paged list as a walk delivers it.
type pageOf[T any] struct {
	items  []T
	page   int // 1-based
	loaded int // items delivered so far, this page included
	total  int // the server's total, as last reported
}

// itemKey identifies an item of a list across pages by its code (a
// transaction's reference), or by its id when it has none.
func itemKey(code string, id int64) string {
	if code != "" {
		return code
	}
	return "id:" + strconv.FormatInt(id, 10)
}

// fetchPage asks for one page of a list.
type fetchPage[T any] func(ctx context.Context, page, perPage int) ([]T, PageMeta, error)

// walkPages fetches every page of an offset-paged list (subaccounts,
// transactions, subscriptions): page 1 first, then the rest concurrently
// (WithConcurrency) within the client's pacer. key identifies an item, so
// one shifted onto the next page by a concurrent create is delivered and
// kept once. deliver, when not nil, is called once per page as it arrives
// (page 1 always, later pages when they bring an item not seen before),
// never concurrently. keep asks for the result, in page order; without it
// the walk holds no page once delivered, so a caller that keeps its own rows
// (the picker, 50,000 of them) is the only one holding them. op names the
// call in a cancel error.
func walkPages[T any](ctx context.Context, c *Client, op string, fetch fetchPage[T], key func(T) string, deliver func(pageOf[T]), keep bool) ([]T, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	first, meta, err := fetch(ctx, 1, maxPerPage)
	if err != nil {
		return nil, err
	}
	w := &walk[T]{
		total:   meta.Total,
		deliver: deliver,
		perPage: pageSize(meta, len(first)),
		key:     key,
		seen:    map[string]struct{}{},
	}
	if keep {
		w.pages = map[int][]T{}
	}
	w.arrived(1, first, meta.Total)
	last := lastPage(meta, w.perPage, len(first))
	first = nil // arrived kept what it needed
	if last > 1 {
		if err := fetchRest(ctx, c, op, w, fetch, last); err != nil {
			return nil, err
		}
	}
	return w.result(), nil
}

// pageSize is the size of the pages the server really sends. It may cap
// perPage below what was asked (offsets then follow its size), and a server
// that ignores the page-size parameter altogether (GET /transaction names it
// per_page in the spec, perPage in Paystack's docs) and leaves perPage out of
// its meta is still walked whole: a first page shorter than asked but short
// of the total is the server's page size.
func pageSize(meta PageMeta, got int) int {
	size := maxPerPage
	if meta.PerPage > 0 && meta.PerPage < size {
		size = meta.PerPage
	}
	if meta.PerPage <= 0 && got > 0 && got < size && meta.Total > got {
		size = got
	}
	return size
}

// maxWalkPages bounds a walk whatever the meta claims (a million items at
// 100 a page), so a server reporting an absurd page count cannot keep it going.
const maxWalkPages = 10000

// lastPage is the highest page worth asking for, from what page 1 said: a
// short first page is the whole list, whatever the meta claims.
func lastPage(meta PageMeta, perPage, got int) int {
	if got < perPage {
		return 1
	}
	return min(max(metaLastPage(meta, perPage), 2), maxWalkPages)
}

// metaLastPage is the last page according to a page's meta alone.
func metaLastPage(meta PageMeta, perPage int) int {
	last := meta.PageCount
	if byTotal := (meta.Total + perPage - 1) / perPage; byTotal > last {
		last = byTotal
	}
	return min(last, maxWalkPages)
}

// walk is the shared state of one walkPages.
type walk[T any] struct {
	// mu guards seen, pages, total and loaded, and is held through each
	// arrived, deliver included, so pages are taken and delivered one at
	// a time, in the order they arrive.
	mu      sync.Mutex
	pages   map[int][]T // each page's items not seen before; nil: no result wanted
	total   int
	loaded  int
	deliver func(pageOf[T])
	perPage int
	key     func(T) string
	seen    map[string]struct{}
}

// arrived takes a page as it comes: items seen on an earlier page are left
// out, the rest kept (when the result is wanted) and delivered.
func (w *walk[T]) arrived(page int, items []T, total int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	fresh := items[:0] // the page is the walk's own: filtered in place, no copy
	for _, it := range items {
		k := w.key(it)
		if _, dup := w.seen[k]; dup {
			continue
		}
		w.seen[k] = struct{}{}
		fresh = append(fresh, it)
	}
	clear(items[len(fresh):]) // what was left out is not held by the page
	w.loaded += len(fresh)
	if total > 0 {
		w.total = total
	}
	if w.pages != nil {
		w.pages[page] = fresh
	}
	p := pageOf[T]{items: fresh, page: page, loaded: w.loaded, total: max(w.total, w.loaded)}
	if w.deliver != nil && (page == 1 || len(fresh) > 0) {
		w.deliver(p)
	}
}

// result is every item kept, in page order.
func (w *walk[T]) result() []T {
	if w.pages == nil {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	nums := make([]int, 0, len(w.pages))
	n := 0
	for p, items := range w.pages {
		nums = append(nums, p)
		n += len(items)
	}
	sort.Ints(nums)
	out := make([]T, 0, n)
	for _, p := range nums {
		out = append(out, w.pages[p]...)
	}
	return out
}

// fetchRest fetches pages 2..last with bounded concurrency. The client's
// pacer, not the number of workers, keeps the walk under Paystack's rate
// limit: workers only hide latency.
func fetchRest[T any](ctx context.Context, c *Client, op string, w *walk[T], fetch fetchPage[T], last int) error {
	var (
		mu       sync.Mutex
		next     = 2
		firstErr error
	)
	// take hands out the next page number, or 0 when the walk is over.
	take := func() int {
		mu.Lock()
		defer mu.Unlock()
		if firstErr != nil || next > last || ctx.Err() != nil {
			return 0
		}
		n := next
		next++
		return n
	}
	done := func(page, got int, meta PageMeta, err error) {
		mu.Lock()
		switch {
		case err != nil:
			if firstErr == nil {
				firstErr = err
			}
		case got < w.perPage:
			// A short page is the end of the list, whatever the meta says.
			last = min(last, page)
		default:
			// Follow growth: a later page may report more pages than the
			// first did, and a full last page may have a successor.
			if l := metaLastPage(meta, w.perPage); l > last {
				last = l
			}
			if page == last && last < maxWalkPages {
				last++
			}
		}
		mu.Unlock()
	}

	var wg sync.WaitGroup
	for range c.concurrency {
		wg.Go(func() {
			for {
				page := take()
				if page == 0 {
					return
				}
				items, meta, err := fetch(ctx, page, w.perPage)
				got := len(items)
				if err == nil && got > 0 {
					w.arrived(page, items, meta.Total)
				}
				done(page, got, meta, err)
			}
		})
	}
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	if err := ctx.Err(); err != nil {
		return c.ctxError(ctx, op, err)
	}
	return nil
}
