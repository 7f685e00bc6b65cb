package nl.talentcharter.hrscans.domain.insight;

import java.time.Instant;
import nl.talentcharter.hrscans.domain.scan.CompanyProfile;
import nl.talentcharter.hrscans.domain.scan.ScanResult;

/** One completed scan as the benchmark sees it: whose, which group, when, the scores. */
public record PeerScore(String memberId, CompanyProfile company, Instant completedAt, ScanResult result) {
}
