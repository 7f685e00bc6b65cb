package nl.talentcharter.partnergateway.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Where a partner wants its webhooks. Outside a developer's machine the gateway must not become a way into the
 * platform's own network (server-side request forgery): there it takes only https and only hosts that resolve to
 * public addresses. The check runs when subscribing; a host that later resolves elsewhere (DNS rebinding) is not
 * caught here, which is why production should also restrict the gateway's egress.
 */
public final class WebhookTarget {

    private WebhookTarget() {
    }

    /** @return the URL, normalised; @throws InvalidSubscription when it may not be used */
    public static String check(String url, boolean requireHttps, boolean allowPrivateAddresses) {
        if (url == null || url.isBlank()) {
            throw new InvalidSubscription("url", "the endpoint to deliver to is missing");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidSubscription("url", "not a URL: " + url);
        }
        boolean https = "https".equals(uri.getScheme());
        if (!(https || "http".equals(uri.getScheme())) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw new InvalidSubscription("url", "an absolute http(s) URL without credentials, not " + url);
        }
        if (requireHttps && !https) {
            throw new InvalidSubscription("url", "webhooks go over https only");
        }
        if (!allowPrivateAddresses) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                            || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)) {
                        throw new InvalidSubscription("url", uri.getHost() + " is not a public address");
                    }
                }
            } catch (UnknownHostException e) {
                throw new InvalidSubscription("url", "unknown host " + uri.getHost());
            }
        }
        return uri.toString();
    }

    /** IPv6 unique local addresses (fc00::/7), which {@link InetAddress#isSiteLocalAddress} does not cover. */
    private static boolean uniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
