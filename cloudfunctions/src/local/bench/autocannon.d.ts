/** The part of autocannon's API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  interface THistogram {
    average: number;
    p50: number;
    p99: number;
    max: number;
  }
  interface TResult {
    requests: THistogram & { total: number };
    latency: THistogram;
    non2xx: number;
    errors: number;
    timeouts: number;
  }
  interface TOptions {
    url: string;
    connections: number;
    duration: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  function autocannon(options: TOptions): Promise<TResult>;
  export = autocannon;
}
