// The vcf package (tests read Muster's vCard file back with it) ships no types: what they use of it.
declare module "vcf" {
  type Property = { valueOf(): string; type?: string | string[] } & Record<string, unknown>;
  class VCard {
    version: string;
    get(key: string): Property;
    static parse(text: string): VCard[];
  }
  export default VCard;
}
