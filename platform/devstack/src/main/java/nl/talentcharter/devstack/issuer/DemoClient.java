package nl.talentcharter.devstack.issuer;

import java.util.List;
import java.util.Set;

/**
 * A client of the local token issuer (client-credentials grant) and what its tokens say.
 *
 * @param clientId           also the token's {@code sub}
 * @param secret             a demo secret: the issuer is for local use only
 * @param roles              the token's {@code roles} claim
 * @param scopes             partner scopes; a request without {@code scope} gets all of them
 * @param boundToDemoMember  the token carries {@code member_id} of the seeded demo member
 * @param purpose            one line for the README and the start-up banner
 */
public record DemoClient(String clientId, String secret, List<String> roles, Set<String> scopes,
        boolean boundToDemoMember, String purpose) {

    public DemoClient {
        roles = List.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    /** A copy-paste command that prints an access token of this client. */
    public String curl(String issuerUrl) {
        return "curl -s -u " + clientId + ":" + secret + " -d grant_type=client_credentials " + issuerUrl
                + "/oauth2/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/'";
    }
}
