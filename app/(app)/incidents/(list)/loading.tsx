export { ScreenLoading as default } from "@/app/(app)/components/screen-loading";
