package keystore

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	dbus "github.com/godbus/dbus/v5"
)

// hungServiceEnv makes the test binary act as a Secret Service that takes
// every call and never answers: the desktop keyring that hangs.
const hungServiceEnv = "KEYSTORE_TEST_ACT_AS_HUNG_SECRET_SERVICE"

func TestMain(m *testing.M) {
	if os.Getenv(hungServiceEnv) == "1" {
		actAsHungSecretService()
		return
	}
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

func actAsHungSecretService() {
	conn, err := dbus.SessionBusPrivate(dbus.WithHandler(neverAnswers{}))
	if err == nil {
		err = conn.Auth(nil)
	}
	if err == nil {
		err = conn.Hello()
	}
	if err == nil {
		_, err = conn.RequestName("org.freedesktop.secrets", dbus.NameFlagDoNotQueue)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "hung secret service:", err)
		os.Exit(1)
	}
	<-conn.Context().Done() // the private bus went away with the test run
}

// neverAnswers accepts any method on any object and blocks in it forever.
type neverAnswers struct{}

func (neverAnswers) LookupObject(dbus.ObjectPath) (dbus.ServerObject, bool) {
	return neverAnswers{}, true
}
func (neverAnswers) LookupInterface(string) (dbus.Interface, bool) { return neverAnswers{}, true }
func (neverAnswers) LookupMethod(string) (dbus.Method, bool)       { return neverAnswers{}, true }
func (neverAnswers) DecodeArguments(*dbus.Conn, string, *dbus.Message, []any) ([]any, error) {
	return nil, nil
}
func (neverAnswers) Call(...any) ([]any, error) { select {} }
func (neverAnswers) NumArguments() int          { return 0 }
func (neverAnswers) NumReturns() int            { return 0 }
func (neverAnswers) ArgumentValue(int) any      { return nil }
func (neverAnswers) ReturnValue(int) any        { return nil }

// A keyring that never answers must give the timeout diagnosis, exit 1, and
// let the program end, although go-keyring's call is still waiting.
func TestRealBinaryWithHungSecretService(t *testing.T) {
	requireRealKeyring(t)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(t.TempDir(), "bus.conf")
	if err := os.WriteFile(conf, []byte(bareSessionBusConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	// Inside a bare private bus: start the hung service, wait (bounded) until
	// it owns the name, then run the product.
	starter := `KEYSTORE_TEST_ACT_AS_HUNG_SECRET_SERVICE=1 "$0" & i=0
while [ $i -lt 100 ]; do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.1; i=$((i+1))
done
exec "$@"`
	env := map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "LANG": "C", EnvTimeout: "2s"}
	runKeyCommandsExpectingDiagnosis(t, []string{"dbus-run-session", "--config-file=" + conf, "--", "sh", "-c", starter, self}, env, "did not answer within 2s")
}

// bareSessionBusConfig is a session bus with no activatable services, so no
// real keyring can start on it.
const bareSessionBusConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`
