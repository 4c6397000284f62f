import { shortlistDecision, type Criterion, type CriterionScore } from "..";
import { Decimal } from "../money";

const criteria: Criterion[] = [
  { name: "Market appetite", kind: "Gateway" },
  { name: "Statutory", kind: "Gateway" },
  { name: "Culture", kind: "Ranking" },
  { name: "Tested", kind: "Final gateway" },
];
const option = (scores: CriterionScore[]) => ({
  name: "X",
  confidence: new Decimal(0.5),
  scores: new Map(criteria.map((c, i) => [c.name, scores[i] as CriterionScore])),
});

describe("shortlistDecision", () => {
  it("excludes an option that fails a gateway, naming every failed gateway", () => {
    expect(shortlistDecision(option(["fail", "fail", "High", "pass"]), criteria)).toEqual({
      shortlisted: false,
      reason: "Not feasible: fails gateways 'Market appetite' and 'Statutory'",
    });
  });

  it("keeps an option that fails a final gateway but scores High", () => {
    expect(shortlistDecision(option(["pass", "pass", "High", "fail"]), criteria)).toEqual({
      shortlisted: true,
      reason: "Fails final gateway 'Tested' but scores High on 'Culture'",
    });
  });

  it("excludes an option that fails a final gateway with no High score", () => {
    expect(shortlistDecision(option(["pass", "pass", "Medium", "fail"]), criteria).shortlisted).toBe(false);
  });

  it("a High score never rescues a failed gateway", () => {
    expect(shortlistDecision(option(["pass", "fail", "High", "pass"]), criteria).shortlisted).toBe(false);
  });

  it("throws on a broken contract: a missing score", () => {
    expect(() => shortlistDecision({ ...option([]), scores: new Map() }, criteria)).toThrow(/no score/);
  });
});
