"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api, ApiError } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { FormField } from "@/components/ui/form-field";

type Created = { id: string; name: string; prefix: string; createdAt: string; token: string };

export function CreateTokenForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const [name, setName] = useState("");
  const create = useMutation({
    mutationFn: () => api<Created>("/api/tokens", { body: { name } }),
    onSuccess: (created) => {
      setName("");
      onCreated(created);
    },
  });
  const error = create.error instanceof ApiError ? create.error.message : create.error ? "The token could not be made." : null;

  return (
    <form
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <div className="flex-1">
        <FormField id="token-name" label="Token name" hint="What will use it, e.g. “Monitoring”." error={error}>
          <input
            id="token-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            className={fieldClasses()}
            aria-invalid={!!error}
            aria-describedby="token-name-hint"
          />
        </FormField>
      </div>
      <button type="submit" disabled={create.isPending} className={buttonClasses("primary", "sm:mb-7")}>
        {create.isPending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}
