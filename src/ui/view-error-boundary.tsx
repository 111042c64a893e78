import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from '../i18n';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** Keeps a failing view from taking the navigation and other views down with it. */
export class ViewErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('View failed to render', error, info.componentStack);
  }

  render() {
    return this.state.error ? <ViewCrashed error={this.state.error} /> : this.props.children;
  }
}

function ViewCrashed({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <div className="status status--error" role="alert">
      <h2>{t('status.viewCrashed')}</h2>
      <p>{t('status.viewCrashedHint')}</p>
      <pre className="error-detail">{error.message}</pre>
    </div>
  );
}
