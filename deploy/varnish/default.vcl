#
# Varnish in front of Herald (docs/adr/0009-http-caching-and-edge.md, docs/deploy.md).
#
# Caches the public site by Herald's own headers (Cache-Control s-maxage,
# stale-if-error, Vary, ETag), indexes every page by the keys in its
# Surrogate-Key header (vmod xkey, Debian package varnish-modules), and purges
# by key when Herald says so: set on every Herald node
#
#   HERALD_CDN_PURGE_URL=http://VARNISH-HOST:6081/
#   HERALD_CDN_PURGE_METHOD=PURGE
#
# and list the nodes' addresses in the `purgers` ACL below. A purge names keys
# only: never a URL, never everything.
#
# Start varnishd with `-p http_gzip_support=off`: Herald compresses each page
# once (brotli and gzip) and Varnish keeps those variants as they are.
#
vcl 4.1;

import std;
import xkey;
import directors;

probe herald_ready {
    .url = "/readyz";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# One backend per Herald node.
backend herald1 { .host = "127.0.0.1"; .port = "3000"; .probe = herald_ready; .connect_timeout = 1s; .first_byte_timeout = 30s; }
backend herald2 { .host = "127.0.0.1"; .port = "3001"; .probe = herald_ready; .connect_timeout = 1s; .first_byte_timeout = 30s; }

# Who may purge: the Herald nodes.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new herald = directors.round_robin();
    herald.add_backend(herald1);
    herald.add_backend(herald2);
}

sub vcl_recv {
    set req.backend_hint = herald.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.Surrogate-Key) {
            set req.http.X-Purged = xkey.purge(req.http.Surrogate-Key);
            return (synth(200, "Purged " + req.http.X-Purged + " objects"));
        }
        # Purging by URL or everything is refused on purpose: Herald names keys.
        return (synth(400, "PURGE needs a Surrogate-Key header"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The newsroom, the admin API, wire pushes and health checks never come from the edge.
    if (req.url ~ "^/(admin|ingest|metrics|healthz|readyz)(/|\?|$)" || (req.url ~ "^/api(/|\?|$)" && req.url !~ "^/api/v1/")) {
        return (pass);
    }
    # Anything tied to a person goes to Herald: a Content API key (its own rate limit, `private` answers) or a
    # session. Anonymous Content API answers (/api/v1/) are public and cached like pages, purged by the same keys.
    if (req.http.Authorization || req.http.X-Api-Key || req.http.Cookie ~ "herald_session=") {
        return (pass);
    }
    # Public pages read no cookie: dropping them keeps one cached copy for everyone.
    unset req.http.Cookie;

    # Three variants at most, whatever browsers send: br, gzip or plain.
    if (req.http.Accept-Encoding ~ "(^|[ ,])br([ ,;]|$)" && req.http.Accept-Encoding !~ "br;\s*q=0(\.0*)?([ ,]|$)") {
        set req.http.Accept-Encoding = "br";
    } elsif (req.http.Accept-Encoding ~ "gzip" && req.http.Accept-Encoding !~ "gzip;\s*q=0(\.0*)?([ ,]|$)") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    set req.http.X-Herald-Encoding = req.http.Accept-Encoding;
    return (hash);
}

sub vcl_backend_fetch {
    # Ask Herald for the variant the reader accepts (http_gzip_support would otherwise rewrite it to gzip).
    if (bereq.http.X-Herald-Encoding) {
        set bereq.http.Accept-Encoding = bereq.http.X-Herald-Encoding;
    } else {
        unset bereq.http.Accept-Encoding;
    }
    unset bereq.http.X-Herald-Encoding;
}

sub vcl_backend_response {
    # A failed refresh keeps the stale copy serving (stale-if-error) instead of replacing it with the error.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # A stored Content API answer is shared: the allowance left to the caller who fetched it means nothing to the next.
    if (!bereq.uncacheable && bereq.url ~ "^/api/v1/") {
        unset beresp.http.RateLimit-Limit;
        unset beresp.http.RateLimit-Remaining;
    }
    # TTL comes from s-maxage (Varnish reads it before max-age). Grace is how long a stale copy may be served
    # while a refresh runs or while every node is down: Herald's stale-if-error.
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 10s);
    }
}

sub vcl_backend_error {
    # A refresh that found no node up leaves the stale copy in place (stale-if-error).
    if (bereq.is_bgfetch) {
        return (abandon);
    }
    # Every node is down and nothing stale is left for this page.
    set beresp.http.Content-Type = "text/plain; charset=utf-8";
    set beresp.http.Retry-After = "5";
    set beresp.ttl = 0s;
    synthetic("The site is temporarily unavailable. Please try again in a moment.");
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Edge-Cache = "HIT";
    } else {
        set resp.http.X-Edge-Cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
