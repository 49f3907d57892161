// Package metrics holds the oracle's Prometheus metrics in a registry of its own (never the global
// default): HTTP requests and latencies, training, proving and attribution durations, queue depths,
// chain and transaction figures, and the GPUs' memory and utilisation sampled at scrape time.
package metrics

import (
	"net/http"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/open-attribution/poa/internal/gpu"
)

const namespace = "poa_oracle"

// Metrics are the oracle's instruments.
type Metrics struct {
	Registry *prometheus.Registry

	HTTPRequests *prometheus.CounterVec   // method, route, code
	HTTPDuration *prometheus.HistogramVec // method, route

	TrainingDuration    prometheus.Histogram
	TrainingJobs        *prometheus.CounterVec // outcome
	ProofDuration       prometheus.Histogram
	AttributionDuration prometheus.Histogram
	Inferences          *prometheus.CounterVec // outcome
	Uploads             *prometheus.CounterVec // outcome

	QueueDepth *prometheus.GaugeVec // queue

	ChainConnected prometheus.Gauge
	ChainHead      prometheus.Gauge
	ChainErrors    prometheus.Counter
	Reconnects     prometheus.Counter

	TxSent     *prometheus.CounterVec // purpose
	TxReplaced *prometheus.CounterVec // purpose
	TxReverted *prometheus.CounterVec // purpose

	BatchesSettled  prometheus.Counter
	RequestsSettled prometheus.Counter
}

// Queues reported in poa_oracle_queue_depth.
const (
	QueueTraining   = "training_jobs"
	QueueUnanswered = "unanswered_requests"
	QueueUnsettled  = "answered_unsettled_requests"
	QueueBatches    = "open_batches"
	QueueTxs        = "pending_transactions"
)

// New builds the metrics and registers them, the Go and process collectors, and a collector of the
// monitor's GPUs (nil for none).
func New(mon *gpu.Monitor) *Metrics {
	r := prometheus.NewRegistry()
	m := &Metrics{Registry: r}
	seconds := func(name, help string, buckets []float64) prometheus.Histogram {
		return prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: namespace, Name: name, Help: help, Buckets: buckets})
	}
	counter := func(name, help string, labels ...string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help}, labels)
	}
	m.HTTPRequests = counter("http_requests_total", "HTTP requests by method, route and status code.", "method", "route", "code")
	m.HTTPDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace, Name: "http_request_duration_seconds",
		Help: "HTTP request latency by method and route.", Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 10}},
		[]string{"method", "route"})
	m.TrainingDuration = seconds("training_duration_seconds", "Wall time of a training job, from start to registration.",
		[]float64{1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600})
	m.TrainingJobs = counter("training_jobs_total", "Training jobs by outcome.", "outcome")
	m.ProofDuration = seconds("proof_duration_seconds", "Time to prove one settlement batch.",
		[]float64{.1, .5, 1, 2, 5, 10, 30, 60, 120, 300, 600})
	m.AttributionDuration = seconds("attribution_duration_seconds", "Time to run the model and attribute one inference.",
		[]float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1})
	m.Inferences = counter("inferences_total", "Inference answers by outcome.", "outcome")
	m.Uploads = counter("uploads_total", "Contribution uploads by outcome.", "outcome")
	m.QueueDepth = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace, Name: "queue_depth",
		Help: "Items waiting in each queue."}, []string{"queue"})
	m.ChainConnected = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "chain_connected",
		Help: "1 when the last call to the chain succeeded."})
	m.ChainHead = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: "chain_head_block",
		Help: "Latest block number seen."})
	m.ChainErrors = prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "chain_errors_total",
		Help: "Failed calls to the chain endpoint."})
	m.Reconnects = prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "chain_reconnects_total",
		Help: "Reconnections to the chain endpoint."})
	m.TxSent = counter("transactions_sent_total", "Transactions broadcast, by purpose.", "purpose")
	m.TxReplaced = counter("transactions_replaced_total", "Fee-bumped replacements, by purpose.", "purpose")
	m.TxReverted = counter("transactions_reverted_total", "Transactions mined with a failed status, by purpose.", "purpose")
	m.BatchesSettled = prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "batches_settled_total",
		Help: "Settlement batches confirmed on chain."})
	m.RequestsSettled = prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "requests_settled_total",
		Help: "Inference requests settled on chain."})
	r.MustRegister(m.HTTPRequests, m.HTTPDuration, m.TrainingDuration, m.TrainingJobs, m.ProofDuration,
		m.AttributionDuration, m.Inferences, m.Uploads, m.QueueDepth, m.ChainConnected, m.ChainHead, m.ChainErrors,
		m.Reconnects, m.TxSent, m.TxReplaced, m.TxReverted, m.BatchesSettled, m.RequestsSettled,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	r.MustRegister(&gpuCollector{mon: mon})
	return m
}

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry})
}

// gpuCollector samples the GPUs at scrape time.
type gpuCollector struct{ mon *gpu.Monitor }

var (
	gpuCount   = prometheus.NewDesc(namespace+"_gpu_count", "NVIDIA GPUs in use (0: running on the CPU).", nil, nil)
	gpuMemTot  = prometheus.NewDesc(namespace+"_gpu_memory_total_bytes", "GPU memory.", []string{"gpu", "name"}, nil)
	gpuMemUsed = prometheus.NewDesc(namespace+"_gpu_memory_used_bytes", "GPU memory in use.", []string{"gpu", "name"}, nil)
	gpuUtil    = prometheus.NewDesc(namespace+"_gpu_utilization_ratio", "Fraction of time a kernel ran over NVML's sample period.", []string{"gpu", "name"}, nil)
)

func (c *gpuCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- gpuCount
	ch <- gpuMemTot
	ch <- gpuMemUsed
	ch <- gpuUtil
}

func (c *gpuCollector) Collect(ch chan<- prometheus.Metric) {
	var devs []gpu.Device
	if c.mon != nil {
		devs, _ = c.mon.Sample()
	}
	ch <- prometheus.MustNewConstMetric(gpuCount, prometheus.GaugeValue, float64(len(devs)))
	for _, d := range devs {
		idx := strconv.Itoa(d.Index)
		ch <- prometheus.MustNewConstMetric(gpuMemTot, prometheus.GaugeValue, float64(d.MemoryTotal), idx, d.Name)
		ch <- prometheus.MustNewConstMetric(gpuMemUsed, prometheus.GaugeValue, float64(d.MemoryUsed), idx, d.Name)
		ch <- prometheus.MustNewConstMetric(gpuUtil, prometheus.GaugeValue, float64(d.Utilization)/100, idx, d.Name)
	}
}
