import { competitionRanks, Decimal, rankOrder } from "..";

const d = (values: number[]) => values.map((v) => new Decimal(v));

describe("competitionRanks", () => {
  it("ranks like RANK.EQ: ties share a rank and the next is skipped", () => {
    expect(competitionRanks(d([10, 30, 30, 20]))).toEqual([4, 1, 1, 3]);
  });

  it("ranks from exact values: a difference of a millionth of a penny still counts", () => {
    expect(competitionRanks([new Decimal("1.00000001"), new Decimal("1.000000011")])).toEqual([2, 1]);
  });

  it("orders ties by input order", () => {
    expect(rankOrder([2, 1, 1, 4])).toEqual([1, 2, 0, 3]);
  });
});
