import { describe, expect, it } from "vitest";
import { addSubscriber, removeSubscriber } from "@/lib/subscribers/mutations";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

const TWO_MIB = "x".repeat(2 * 1024 * 1024);

describe("adding a subscriber", () => {
  it("keeps the address in lower case for the audience chosen", async () => {
    const added = await addSubscriber(await demoUser("admin"), { email: "  Board@Example.com ", audience: "stakeholders" });
    expect(added).toMatchObject({ email: "board@example.com", audience: "stakeholders" });
  });

  it("refuses an address the audience already has in a sentence a person reads, and adds no second row", async () => {
    const admin = await demoUser("admin");
    await addSubscriber(admin, { email: "ops@example.com", audience: "stakeholders" });
    const before = await everyRow();
    await expect(addSubscriber(admin, { email: "Ops@Example.com", audience: "stakeholders" })).rejects.toMatchObject({
      kind: "conflict",
      field: "email",
      message: "ops@example.com already receives updates for stakeholders.",
    });
    expect(await everyRow()).toEqual(before);
  });

  it.each([
    [{ email: "board\u0000@example.com", audience: "public" }, "email", "email must be an e-mail address"],
    [{ email: `${TWO_MIB}@example.com`, audience: "public" }, "email", "email must be at most 254 characters"],
    [{ email: null, audience: "public" }, "email", "email must be an e-mail address"],
    [{ email: "board@example.com", audience: "internal" }, "audience", "audience must be stakeholders or public"],
    [{ email: "board@example.com", audience: "public", name: "The board" }, "name", "name is not a field this request takes"],
    [{ audience: "public" }, "email", "email must be an e-mail address"],
  ])("refuses a subscriber (%#) with a 400 naming the field, and changes no row", async (input, field, message) => {
    const before = await everyRow();
    await expect(addSubscriber(await demoUser("admin"), input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await everyRow()).toEqual(before);
  });

  it("tells anyone but an admin no before anything about their input", async () => {
    const before = await everyRow();
    for (const role of ["viewer", "responder", "commander"] as const) {
      for (const input of [{ email: "\u0000" }, { email: "board@example.com", audience: "public" }, []]) {
        await expect(addSubscriber(await demoUser(role), input)).rejects.toMatchObject({ kind: "forbidden" });
      }
      await expect(removeSubscriber(await demoUser(role), "cm\u0000")).rejects.toMatchObject({ kind: "forbidden" });
    }
    expect(await everyRow()).toEqual(before);
  });
});

describe("removing a subscriber", () => {
  it("refuses an id no row can have as a 400, and an unknown one as a 404", async () => {
    const admin = await demoUser("admin");
    const before = await everyRow();
    await expect(removeSubscriber(admin, "cm\u0000")).rejects.toMatchObject({ kind: "invalid", field: "subscriberId" });
    await expect(removeSubscriber(admin, TWO_MIB)).rejects.toMatchObject({ kind: "invalid", field: "subscriberId" });
    await expect(removeSubscriber(admin, "cmnobody")).rejects.toMatchObject({ kind: "not_found" });
    expect(await everyRow()).toEqual(before);
  });
});
