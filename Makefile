# Everything installs locally to the checkout: npm packages (Foundry binaries, solc-js,
# OpenZeppelin) into node_modules/, Go modules into .build/go/mod. Nothing is installed globally.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

export GOMODCACHE ?= $(CURDIR)/.build/go/mod
export GOFLAGS ?= -modcacherw
export PATH := $(CURDIR)/node_modules/@foundry-rs/forge-linux-amd64/bin:$(CURDIR)/node_modules/@foundry-rs/anvil-linux-amd64/bin:$(CURDIR)/node_modules/@foundry-rs/cast-linux-amd64/bin:$(PATH)

NPM_STAMP := node_modules/.install-stamp
WEB_STAMP := web/node_modules/.install-stamp
GO_STAMP := .build/go/.download-stamp
GO_TEST_FLAGS ?= -count=1 -timeout 20m

.PHONY: deps build fmt fmt-check contracts-test bindings bindings-check snapshot gas go-vet go-test test demo clean web e2e

deps: $(NPM_STAMP) $(GO_STAMP)

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

$(GO_STAMP): go.mod go.sum
	go mod download
	@mkdir -p $(dir $@) && touch $@

build: $(NPM_STAMP)
	forge build

fmt: $(NPM_STAMP)
	forge fmt
	gofmt -w $$(git ls-files '*.go')

fmt-check: $(NPM_STAMP)
	forge fmt --check
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted" >&2; exit 1; fi

contracts-test: build
	forge test

bindings: build $(GO_STAMP)
	tools/bindings.sh

bindings-check: build $(GO_STAMP)
	tools/bindings.sh --check

# Gas snapshot of every test (committed as .gas-snapshot) and the per-function gas table.
snapshot: build
	forge snapshot

gas: build
	forge test --gas-report --match-path 'contracts/test/*.gas.t.sol'

go-vet: $(GO_STAMP)
	go vet ./...

go-test: build $(GO_STAMP)
	go test $(GO_TEST_FLAGS) ./...

test: deps fmt-check build contracts-test bindings-check go-vet go-test e2e

# The web app's own npm packages (Vite, TypeScript, viem, playwright-core), separate from the root's.
$(WEB_STAMP): web/package.json web/package-lock.json
	npm ci --prefix web --no-audit --no-fund
	@touch $@

# Builds the web app into web/dist (the indexer serves it); its ABIs come from the fresh artifacts.
web: $(WEB_STAMP) build
	npm run build --prefix web

demo: deps build web
	tools/demo.sh

# Browser test: the demo's stack driven in headless Chromium (skipped locally without Chromium,
# required in CI); screenshots in .build/e2e/screenshots.
e2e: deps build web
	tools/demo.sh --build-only
	node web/e2e/run.mjs

clean:
	rm -rf contracts/out contracts/cache .build/demo .build/demo-proof .build/e2e web/dist
