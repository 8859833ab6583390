// Command walltime runs a command several times and prints the median wall
// time, so that scripts/bench needs no hyperfine:
//
//	walltime -runs 20 -- ./paystack-setup --version
//
// Output is key=value lines in milliseconds. A run that exits with a status
// not in -ok-exit stops the measurement: a fast failure is not a fast command.
// (`audit` exits 1 when a check fails, which is an answer, not a failure.)
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() {
	runs := flag.Int("runs", 20, "how many runs; the median is reported")
	warmup := flag.Int("warmup", 2, "runs before measuring, so the page cache is warm for both binaries alike")
	okExit := flag.String("ok-exit", "0", "comma-separated exit statuses that count as a completed run")
	flag.Parse()
	if flag.NArg() == 0 || *runs < 1 {
		fmt.Fprintln(os.Stderr, "walltime: give -runs ≥ 1 and the command after --, e.g. walltime -- /bin/true")
		os.Exit(2)
	}
	var times []float64
	for i := range *warmup + *runs {
		cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
		start := time.Now()
		out, err := cmd.CombinedOutput()
		elapsed := time.Since(start)
		if err != nil && !accepted(err, *okExit) {
			fmt.Fprintf(os.Stderr, "walltime: %v failed: %v\n%s", flag.Args(), err, out)
			fmt.Printf("error=%q\n", err.Error())
			os.Exit(1)
		}
		if i >= *warmup {
			times = append(times, float64(elapsed.Microseconds())/1000)
		}
	}
	slices.Sort(times)
	n := len(times)
	med := times[n/2]
	if n%2 == 0 {
		med = (times[n/2-1] + times[n/2]) / 2
	}
	fmt.Printf("runs=%d\nwall_ms_median=%.2f\nwall_ms_min=%.2f\nwall_ms_max=%.2f\n", n, med, times[0], times[n-1])
}

func accepted(err error, okExit string) bool {
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		return false
	}
	return slices.Contains(strings.Split(okExit, ","), strconv.Itoa(exit.ExitCode()))
}
