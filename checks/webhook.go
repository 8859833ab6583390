package checks

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"net/http"
	"net/url"

	"paystack-setup/msg"
	"paystack-setup/paystack"
)

// WebhookField is the field of Paystack's Settings → API Keys & Webhooks that
// takes the webhook URL for a mode: test and live each have their own. The
// webhook step, the test purchase and the payments checks name it alike.
func WebhookField(mode paystack.Mode) msg.Text {
	if mode == paystack.ModeLive {
		return msg.New(msg.StHookFieldLive)
	}
	return msg.New(msg.StHookFieldTest)
}

func webhookChecks(s *snapshot) []Result {
	mode := string(s.mode)
	if !s.modeKnown {
		return []Result{
			result("webhook.url", Skip, StepWebhook, t(msg.ChkWebhookTitleNoMode), t(msg.ChkSkippedNoKey), Text{}),
			result("webhook.reachable", Skip, StepWebhook, t(msg.ChkWebhookReachTitle), t(msg.ChkSkippedNoKey), Text{}),
		}
	}
	word := msg.ModeText(mode)
	title := t(msg.ChkWebhookTitle, word)
	raw := s.in.State.WebhookURL[mode]
	if raw == "" {
		return []Result{
			result("webhook.url", Fail, StepWebhook, title, t(msg.ChkWebhookMissing, word), t(msg.ChkWebhookMissingFix, word)).by(EvidenceMerchant),
			result("webhook.reachable", Skip, StepWebhook, t(msg.ChkWebhookReachTitle), t(msg.ChkWebhookReachNoURL), Text{}),
		}
	}
	clean, err, warning := ValidateWebhookURL(raw)
	var first Result
	switch {
	case err != nil:
		var we *WebhookURLError
		detail := t(msg.ChkVerbatim, err)
		if errors.As(err, &we) {
			detail = t(we.Problem, we.Args...)
		}
		first = result("webhook.url", Fail, StepWebhook, title, detail, t(msg.ChkWebhookMissingFix, word))
	case !warning.IsZero():
		host := ""
		if u, perr := url.Parse(clean); perr == nil {
			host = u.Hostname()
		}
		first = result("webhook.url", Warn, StepWebhook, title, t(msg.ChkWebhookURLNotSysteme, host), t(msg.ChkWebhookMissingFix, word))
	default:
		first = result("webhook.url", Pass, StepWebhook, title, t(msg.ChkVerbatim, clean), Text{})
	}
	// The URL is the one the merchant recorded; whether it is also the one
	// in Paystack's dashboard, no API can tell.
	return []Result{first.by(EvidenceMerchant), webhookReachable(s, err == nil).by(EvidenceLocal)}
}

func webhookReachable(s *snapshot, valid bool) Result {
	title := t(msg.ChkWebhookReachTitle)
	switch {
	case !valid:
		return result("webhook.reachable", Skip, StepWebhook, title, t(msg.ChkWebhookReachNoURL), Text{})
	case !s.in.ProbeWebhook:
		if s.in.Demo {
			// The audit command would check a real profile, not this demo.
			return result("webhook.reachable", Skip, StepWebhook, title, t(msg.ChkWebhookReachDemo), Text{})
		}
		return result("webhook.reachable", Skip, StepWebhook, title, t(msg.ChkWebhookReachNotAsked), Text{})
	case s.in.Offline:
		return result("webhook.reachable", Skip, StepWebhook, title, t(msg.ChkSkippedOffline), Text{})
	}
	p := s.probe
	fail := func(detail, fix Text) Result {
		return result("webhook.reachable", Fail, StepWebhook, title, detail, fix)
	}
	switch p.outcome {
	case probeAnswered:
		switch {
		case p.status == http.StatusNotFound || p.status == http.StatusGone:
			return fail(t(msg.ChkWebhookReachMissing, p.host, p.status), t(msg.ChkWebhookReachDNSFix))
		case p.status >= 500:
			return fail(t(msg.ChkWebhookReachBroken, p.host, p.status), t(msg.ChkWebhookReachDownFix))
		}
		// 2xx, 3xx, and 400, 401, 403, 405…: an endpoint that refuses an
		// unsigned GET or HEAD is there and alive.
		return result("webhook.reachable", Pass, StepWebhook, title, t(msg.ChkWebhookReachOK, p.status), Text{})
	case probeNoHost:
		return fail(t(msg.ChkWebhookReachDNS, p.host), t(msg.ChkWebhookReachDNSFix))
	case probeNoDNS:
		// This computer cannot look anything up: the URL may be fine.
		return result("webhook.reachable", Error, StepWebhook, title, t(msg.ChkWebhookReachNoDNS, p.host), t(msg.ChkRetryFix))
	case probeTLS:
		return fail(t(msg.ChkWebhookReachTLS, p.host), t(msg.ChkWebhookReachTLSFix))
	case probeTimeout:
		return fail(t(msg.ChkWebhookReachFailed, p.host), t(msg.ChkWebhookReachDownFix))
	default:
		return fail(t(msg.ChkWebhookReachRefused, p.host), t(msg.ChkWebhookReachDownFix))
	}
}

type probeOutcome int

const (
	probeAnswered probeOutcome = iota
	probeNoHost
	probeNoDNS // not even systeme.io resolves: the lookup, not the URL, is failing
	probeTLS
	probeTimeout
	probeUnreachable // refused, reset: no answer at all
)

// controlHost is looked up when the webhook's host is not found: systeme.io
// itself always exists, so failing on it too means the lookups are broken
// here (no internet, no DNS server), and the URL may be fine.
const controlHost = "systeme.io"

func lookupFails(ctx context.Context, in Input, host string) bool {
	lookup := in.ProbeLookup
	if lookup == nil {
		lookup = func(ctx context.Context, host string) error {
			_, err := net.DefaultResolver.LookupHost(ctx, host)
			return err
		}
	}
	return lookup(ctx, host) != nil
}

type probeResult struct {
	outcome probeOutcome
	status  int
	host    string
}

// probeWebhook sends one HEAD with no body and reads only its status: DNS,
// TLS and an answer that is neither 404/410 nor a server error prove that
// Paystack can deliver there. It never sends an event or anything signed,
// which systeme.io could act on.
func probeWebhook(ctx context.Context, in Input, rawURL string) *probeResult {
	u, _ := url.Parse(rawURL)
	res := &probeResult{outcome: probeUnreachable, host: u.Hostname()}
	timeout := in.ProbeTimeout
	if timeout <= 0 {
		timeout = DefaultProbeTimeout
	}
	client := in.ProbeClient
	if client == nil {
		client = &http.Client{}
	}
	// A redirect is an answer: following it could leave the host being checked.
	c := *client
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, rawURL, nil)
	if err != nil {
		return res
	}
	resp, err := c.Do(req)
	if err == nil {
		resp.Body.Close()
		res.outcome, res.status = probeAnswered, resp.StatusCode
		return res
	}
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	switch {
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		res.outcome = probeNoHost
		if lookupFails(ctx, in, controlHost) {
			res.outcome = probeNoDNS
		}
	case errors.As(err, &certErr):
		res.outcome = probeTLS
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		res.outcome = probeTimeout
	}
	return res
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
