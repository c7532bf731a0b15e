import { LoadingBlock } from '../../../../../components/admin/loading-block';

export default function Loading() {
  return <LoadingBlock label="Loading…" />;
}
