import { LoadingBlock } from '@/components/ui/skeletons';

export default function Loading() {
  return <LoadingBlock label="Loading…" />;
}
