// Nothing to do: a service worker only lets the benchmark learn this extension's id.
