package daemon_test

import (
	"fmt"
	"net/http"
	"sort"
	"testing"
	"time"

	"github.com/open-attribution/poa/internal/oracle/oracletest"
)

// BenchmarkInferenceHandler measures POST /v1/inference end to end over HTTP against anvil: request
// lookup, the input hash check, the vault's request status (an eth_call), the model, the
// attribution against 20 contributions of a model trained on 2,000 samples, the signature and the
// database write. Each iteration answers a fresh on-chain request (created with the timer stopped).
func BenchmarkInferenceHandler(b *testing.B) {
	w := &world{World: oracletest.New(b, deployTestVerifier)}
	w.datanet = w.CreateTabularDatanet(b)
	for i := 0; i < 20; i++ {
		content := oracletest.DigitsCSV(b, 100*i, 100, false)
		id := w.Contribute(b, oracletest.Contributor(i), w.datanet, content)
		w.Vote(b, id, true)
		w.ids, w.contents = append(w.ids, id), append(w.contents, content)
	}
	r := start(b, w.World, b.TempDir(), &keccakProofSystem{w: w.World, maxBatch: 64, maxN: 1 << 20})
	for i, id := range w.ids {
		if resp := r.c.upload(id, w.contents[i]); resp.status != http.StatusCreated {
			b.Fatalf("upload: %d %s", resp.status, resp.body)
		}
	}
	fee := oracletest.Open(1)
	modelID := trainModel(b, r.c, w.datanet, fee)
	w.Send(b, oracletest.User, w.TokenC, w.Token.PackApprove(w.Addrs.RewardVault, oracletest.Open(1_000_000)))
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		input := oracletest.DigitsInput(b, i%1797)
		id, _ := w.RequestInference(b, modelID, input, fee)
		body := fmt.Sprintf(`{"requestId":%d,"input":%q}`, id, string(input))
		b.StartTimer()
		start := time.Now()
		resp := r.c.do(http.MethodPost, "/v1/inference", "application/json", []byte(body))
		lat = append(lat, time.Since(start))
		if resp.status != http.StatusOK {
			b.Fatalf("inference: %d %s", resp.status, resp.body)
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
}
