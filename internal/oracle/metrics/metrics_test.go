package metrics

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHandlerServesOwnRegistry(t *testing.T) {
	m := New(nil)
	m.HTTPRequests.WithLabelValues("GET", "/healthz", "200").Inc()
	m.QueueDepth.WithLabelValues(QueueUnanswered).Set(3)
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		`poa_oracle_http_requests_total{code="200",method="GET",route="/healthz"} 1`,
		`poa_oracle_queue_depth{queue="unanswered_requests"} 3`,
		`poa_oracle_gpu_count 0`,
		`go_goroutines`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	// Two instances never collide (no global registry).
	New(nil)
}
