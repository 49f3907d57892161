// Package loadtest measures the GraphQL API's leaderboard query under many concurrent clients.
// It only talks to loopback addresses and always stops after a bounded time and request count.
package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"
)

// Config sizes a run.
type Config struct {
	URL      string        // the /graphql endpoint, on a loopback address
	Clients  int           // concurrent clients, each with its own keep-alive connection
	Duration time.Duration // measured time (after Warmup)
	Warmup   time.Duration // unmeasured time first
	Requests int           // stop after this many measured requests (0: Duration only)
	// Think is a client's pause between its requests; 0 is a closed loop (each client sends its
	// next request as soon as the previous answer arrives).
	Think    time.Duration
	PageSize int // leaderboard page size
	Pages    int // pages per datanet the clients spread over (cursors fetched up front)
}

// Result is the latency distribution of the measured requests.
type Result struct {
	Requests, Errors int
	Elapsed          time.Duration
	Throughput       float64 // requests per second
	P50, P90, P99    time.Duration
	P999, Max        time.Duration
	Queries          int // distinct queries the clients spread over
}

func (r Result) String() string {
	return fmt.Sprintf("%d requests (%d errors) in %.1fs = %.0f req/s over %d distinct queries; latency p50 %s p90 %s p99 %s p99.9 %s max %s",
		r.Requests, r.Errors, r.Elapsed.Seconds(), r.Throughput, r.Queries, r.P50.Round(time.Microsecond), r.P90.Round(time.Microsecond),
		r.P99.Round(time.Microsecond), r.P999.Round(time.Microsecond), r.Max.Round(time.Microsecond))
}

const leaderboardQuery = `query($d: ID!, $n: Int, $after: String) { leaderboard(datanetId: $d, first: $n, after: $after) {
  edges { node { rank address score submitted accepted rejected } } pageInfo { hasNextPage endCursor } } }`

type request struct{ body []byte }

// Run performs the load test.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := loopbackOnly(cfg.URL); err != nil {
		return nil, err
	}
	if cfg.Clients <= 0 || cfg.Duration <= 0 {
		return nil, errors.New("loadtest: clients and duration must be positive")
	}
	cfg.PageSize, cfg.Pages = max(cfg.PageSize, 1), max(cfg.Pages, 1)
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		MaxIdleConns: cfg.Clients, MaxIdleConnsPerHost: cfg.Clients, MaxConnsPerHost: cfg.Clients, IdleConnTimeout: time.Minute}}
	reqs, err := prepare(ctx, client, cfg)
	if err != nil {
		return nil, err
	}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      int
		done      = make(chan struct{})
		stopOnce  sync.Once
	)
	stop := func() { stopOnce.Do(func() { close(done) }) }
	warmEnd := time.Now().Add(cfg.Warmup)
	end := warmEnd.Add(cfg.Duration)
	var wg sync.WaitGroup
	for c := 0; c < cfg.Clients; c++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, 42))
			for {
				select {
				case <-done:
					return
				case <-ctx.Done():
					return
				default:
				}
				now := time.Now()
				if now.After(end) {
					stop()
					return
				}
				r := reqs[rng.IntN(len(reqs))]
				t0 := time.Now()
				err := post(ctx, client, cfg.URL, r.body, nil)
				lat := time.Since(t0)
				if t0.After(warmEnd) {
					mu.Lock()
					latencies = append(latencies, lat)
					if err != nil {
						errs++
					}
					if cfg.Requests > 0 && len(latencies) >= cfg.Requests {
						stop()
					}
					mu.Unlock()
				}
				if cfg.Think > 0 {
					// Jittered so that clients do not march in lockstep.
					time.Sleep(cfg.Think/2 + time.Duration(rng.Int64N(int64(cfg.Think))))
				}
			}
		}(uint64(c))
	}
	start := time.Now()
	wg.Wait()
	elapsed := time.Since(maxTime(start, warmEnd))
	if len(latencies) == 0 {
		return nil, errors.New("loadtest: no request completed in the measured window")
	}
	slices.Sort(latencies)
	q := func(p float64) time.Duration { return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))] }
	return &Result{Requests: len(latencies), Errors: errs, Elapsed: elapsed,
		Throughput: float64(len(latencies)) / elapsed.Seconds(), P50: q(0.50), P90: q(0.90), P99: q(0.99), P999: q(0.999),
		Max: latencies[len(latencies)-1], Queries: len(reqs)}, nil
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// prepare finds the datanets and walks each leaderboard's first pages to collect their cursors.
func prepare(ctx context.Context, client *http.Client, cfg Config) ([]request, error) {
	var dn struct {
		Data struct {
			Datanets struct {
				Nodes []struct {
					ID string `json:"id"`
				} `json:"nodes"`
			} `json:"datanets"`
		} `json:"data"`
	}
	body, _ := json.Marshal(map[string]any{"query": `{ datanets(first: 100) { nodes { id } } }`})
	if err := post(ctx, client, cfg.URL, body, &dn); err != nil {
		return nil, err
	}
	var reqs []request
	for _, d := range dn.Data.Datanets.Nodes {
		var after any
		for p := 0; p < cfg.Pages; p++ {
			vars := map[string]any{"d": d.ID, "n": cfg.PageSize, "after": after}
			body, _ := json.Marshal(map[string]any{"query": leaderboardQuery, "variables": vars})
			reqs = append(reqs, request{body: body})
			var page struct {
				Data struct {
					Leaderboard struct {
						PageInfo struct {
							HasNextPage bool   `json:"hasNextPage"`
							EndCursor   string `json:"endCursor"`
						} `json:"pageInfo"`
					} `json:"leaderboard"`
				} `json:"data"`
			}
			if err := post(ctx, client, cfg.URL, body, &page); err != nil {
				return nil, err
			}
			if !page.Data.Leaderboard.PageInfo.HasNextPage {
				break
			}
			after = page.Data.Leaderboard.PageInfo.EndCursor
		}
	}
	if len(reqs) == 0 {
		return nil, errors.New("loadtest: the API has no datanets to rank")
	}
	return reqs, nil
}

func post(ctx context.Context, client *http.Client, u string, body []byte, into any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(raw, []byte(`"errors"`)) {
		return fmt.Errorf("loadtest: HTTP %d: %.200s", resp.StatusCode, raw)
	}
	if into != nil {
		return json.Unmarshal(raw, into)
	}
	return nil
}

// loopbackOnly refuses to load anything but this machine.
func loopbackOnly(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("loadtest: %w", err)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("loadtest: %s is not a loopback address; this tool only loads the local machine", host)
}
