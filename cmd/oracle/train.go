package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/oracle/api"
	"github.com/open-attribution/poa/internal/oracle/training"
)

func init() {
	register(command{name: "train", summary: "train a LoRA model on a datanet through a running oracle, with a progress bar", run: runTrain})
}

// apiClient talks to a running oracle.
type apiClient struct {
	base string
	http *http.Client
}

func (c *apiClient) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(c.base, "/")+path, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return err
	}
	if resp.StatusCode >= 400 {
		var e struct {
			Error api.Error `json:"error"`
		}
		if json.Unmarshal(data, &e) == nil && e.Error.Code != "" {
			return fmt.Errorf("%s %s: %d %s: %s", method, path, resp.StatusCode, e.Error.Code, e.Error.Message)
		}
		return fmt.Errorf("%s %s: HTTP %s", method, path, resp.Status)
	}
	if out != nil {
		return json.Unmarshal(data, out)
	}
	return nil
}

func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle train", stderr)
	apiURL := fs.String("api", "http://127.0.0.1:8645", "the oracle's API")
	var p training.Params
	var base, owner string
	var heldOut float64
	fs.Uint64Var(&p.DatanetID, "datanet", 0, "datanet id (required)")
	fs.Uint64Var(&p.ContributionCount, "contributions", 0, "train on the first k accepted contributions (0: all)")
	fs.StringVar(&base, "base", "", "base model hash (see 'oracle base list'; required)")
	fs.IntVar(&p.Rank, "rank", 4, "LoRA rank")
	fs.Float64Var(&p.Alpha, "alpha", 4, "LoRA alpha (scale alpha/rank)")
	fs.Float64Var(&p.LearningRate, "lr", 0.01, "Adam learning rate")
	fs.IntVar(&p.Epochs, "epochs", 30, "training epochs")
	fs.IntVar(&p.BatchSize, "batch-size", 32, "mini-batch size")
	fs.BoolVar(&p.QLoRA, "qlora", false, "train on the NF4-quantised base (QLoRA)")
	fs.Float64Var(&heldOut, "held-out", 0.2, "fraction of samples held out for evaluation")
	fs.Uint64Var(&p.Seed, "seed", 1, "seed of the split, initialisation and shuffling")
	fs.StringVar(&owner, "owner", "", "model owner (default: the oracle)")
	fs.StringVar(&p.InferenceFee, "fee", "", "OPEN wei per inference (required)")
	fs.StringVar(&p.MetadataURI, "metadata-uri", "", "model card URI")
	asJSON := fs.Bool("json", false, "print the finished job as JSON")
	poll := fs.Duration("poll", 500*time.Millisecond, "how often to ask for progress")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !common.IsHexAddress(owner) && owner != "" {
		return fmt.Errorf("%w: --owner %q is not an address", errUsage, owner)
	}
	p.Owner = common.HexToAddress(owner)
	if base == "" {
		return fmt.Errorf("%w: --base is required", errUsage)
	}
	p.BaseModel = common.HexToHash(base)
	p.HeldOut = &heldOut
	c := &apiClient{base: *apiURL, http: &http.Client{Timeout: 30 * time.Second}}
	var job api.Job
	if err := c.do(ctx, http.MethodPost, "/v1/training-jobs", p, &job); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "training job %s queued\n", job.ID)
	bar := &progressBar{w: stderr, width: 30}
	for {
		select {
		case <-ctx.Done():
			fmt.Fprintln(stderr)
			return fmt.Errorf("stopped waiting (the job %s continues on the oracle): %w", job.ID, ctx.Err())
		case <-time.After(*poll):
		}
		if err := c.do(ctx, http.MethodGet, "/v1/training-jobs/"+job.ID, nil, &job); err != nil {
			return err
		}
		bar.draw(job.Progress)
		switch job.Status {
		case "done":
			bar.finish()
			if *asJSON {
				e := json.NewEncoder(stdout)
				e.SetIndent("", "  ")
				return e.Encode(job)
			}
			r := job.Result
			fmt.Fprintf(stdout, "model %d registered (tx %s)\n  adapter %s\n  gradient commitment %s\n  training config %s\n",
				r.ModelID, r.TxHash.Hex(), r.AdapterHash.Hex(), r.GradientCommitment.Hex(), r.TrainingConfigHash.Hex())
			if r.HeldOutAccuracy != nil {
				fmt.Fprintf(stdout, "  held-out accuracy %.4f, loss %.4f on %d samples\n", *r.HeldOutAccuracy, *r.HeldOutLoss, r.HeldOutSamples)
			}
			return nil
		case "failed":
			bar.finish()
			return fmt.Errorf("training job %s failed: %s", job.ID, job.Error)
		}
	}
}

// progressBar redraws one line: [=====>    ] stage epoch e/E step s/S loss L ETA t.
type progressBar struct {
	w     io.Writer
	width int
	drawn bool
}

func (b *progressBar) draw(p training.Progress) {
	frac := 0.0
	if p.Steps > 0 {
		frac = float64(p.Step) / float64(p.Steps)
	}
	if p.Stage == "done" {
		frac = 1
	}
	filled := int(math.Round(frac * float64(b.width)))
	bar := strings.Repeat("=", filled)
	if filled < b.width {
		bar += ">" + strings.Repeat(" ", b.width-filled-1)
	}
	line := fmt.Sprintf("\r[%s] %3.0f%% %-11s", bar, 100*frac, p.Stage)
	if p.Epochs > 0 {
		line += fmt.Sprintf(" epoch %d/%d step %d/%d loss %.4f acc %.3f", p.Epoch, p.Epochs, p.Step, p.Steps, p.Loss, p.Accuracy)
		if p.Stage == "training" {
			line += fmt.Sprintf(" ETA %s", (time.Duration(p.ETASeconds * float64(time.Second))).Round(time.Second))
		}
	}
	fmt.Fprint(b.w, line+"\033[K")
	b.drawn = true
}

func (b *progressBar) finish() {
	if b.drawn {
		fmt.Fprintln(b.w)
	}
}
