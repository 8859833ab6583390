package renewals

import (
	"os"
	"testing"

	"paystack-setup/e2e/internal/harness"
)

func TestMain(m *testing.M) { os.Exit(harness.Main(m)) }
